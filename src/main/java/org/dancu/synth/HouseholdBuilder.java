package org.dancu.synth;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.dancu.civil.PartialDate;
import org.dancu.civil.Sex;
import org.dancu.synth.Person.MaritalStatus;
import org.dancu.synth.Person.Relation;

/**
 * Builds one household: a head, usually a spouse, children spaced a few years apart and sometimes
 * the head's parents, with ages that fit together (mothers 17–45 at their children's births),
 * names after the group's conventions (children take the father's family name) and IDs.
 */
final class HouseholdBuilder {

    private static final LocalDate AS_OF = SyntheticPopulation.AS_OF;
    private static final LocalDate MIGRATION_START = LocalDate.of(1990, 1, 1);

    private final SplittableRandom random;
    private final NameBook names;
    private final IdIssuer ids;
    private final String homeProvince;
    private final Weighted<String> origins;
    private long nextPersonId = 1;

    HouseholdBuilder(SplittableRandom random, NameBook names, IdIssuer ids, String homeProvince,
                     Weighted<String> origins) {
        this.random = random;
        this.names = names;
        this.ids = ids;
        this.homeProvince = homeProvince;
        this.origins = origins;
    }

    void fill(Household household, EthnicGroup group, int size) {
        NamePool pool = names.poolFor(group, random);
        boolean migrant = random.nextDouble() < group.migrantShare();
        household.originProvince = migrant ? origins.pick(random) : homeProvince;
        if (migrant) {
            household.movedIn = between(MIGRATION_START, AS_OF);
        }
        if (size == 1) {
            single(household, pool);
        } else {
            family(household, group, pool, size);
        }
        for (Person person : household.members) {
            person.ethnicityCode = pool.ethnicityCode();
            finishIdentity(household, person, group);
        }
    }

    private void single(Household household, NamePool pool) {
        boolean elderly = random.nextDouble() < 0.6;
        Sex sex = elderly ? sexWithFemaleShare(0.65) : sexWithFemaleShare(0.4);
        Person person = person(Relation.HEAD, sex, elderly ? 60 + random.nextInt(31) : 19 + random.nextInt(17));
        person.maritalStatus = elderly ? MaritalStatus.WIDOWED : MaritalStatus.SINGLE;
        name(person, pool.family(random), pool);
        household.members.add(person);
    }

    private void family(Household household, EthnicGroup group, NamePool pool, int size) {
        boolean couple = random.nextDouble() < 0.9;
        int grandparents = size >= 4 && random.nextDouble() < 0.3 ? (size >= 6 && random.nextDouble() < 0.3 ? 2 : 1) : 0;
        int children = size - (couple ? 2 : 1) - grandparents;
        int[] childAges = childAges(children, group);
        int motherAge = children > 0
                ? childAges[0] + (group.minority() ? 17 + random.nextInt(6) : 21 + random.nextInt(7))
                : random.nextDouble() < 0.5 ? 18 + random.nextInt(12) : 50 + random.nextInt(25);
        int fatherAge = motherAge + (random.nextDouble() < 0.85 ? random.nextInt(7) : -1 - random.nextInt(2));

        Person father = null;
        Person mother = null;
        Person head;
        if (couple) {
            boolean wifeHeads = random.nextDouble() < 0.08;
            father = person(wifeHeads ? Relation.SPOUSE : Relation.HEAD, Sex.MALE, fatherAge);
            mother = person(wifeHeads ? Relation.HEAD : Relation.SPOUSE, Sex.FEMALE, motherAge);
            father.spouse = mother;
            mother.spouse = father;
            father.maritalStatus = MaritalStatus.MARRIED;
            mother.maritalStatus = MaritalStatus.MARRIED;
            head = wifeHeads ? mother : father;
            name(father, pool.family(random), pool);
            name(mother, pool.familyOtherThan(father.family, random), pool);
        } else {
            boolean femaleHead = random.nextDouble() < 0.75;
            head = person(Relation.HEAD, femaleHead ? Sex.FEMALE : Sex.MALE, femaleHead ? motherAge : fatherAge);
            head.maritalStatus = random.nextDouble() < 0.6 ? MaritalStatus.WIDOWED : MaritalStatus.DIVORCED;
            name(head, pool.family(random), pool);
            if (femaleHead) {
                mother = head;
            } else {
                father = head;
            }
        }
        household.members.add(head);
        if (head.spouse != null) {
            household.members.add(head.spouse);
        }
        String childrenFamily = father != null ? father.family : pool.familyOtherThan(head.family, random);
        for (int age : childAges) {
            Person child = person(Relation.CHILD, sexWithFemaleShare(0.49), age);
            child.father = father;
            child.mother = mother;
            if (age >= 18 && random.nextDouble() < 0.12) {
                child.maritalStatus = MaritalStatus.MARRIED;
            }
            name(child, childrenFamily, pool);
            household.members.add(child);
        }
        addGrandparents(household, head, pool, grandparents);
    }

    /** Ages of the children, oldest first: a young youngest child and 1–4 years between births. */
    private int[] childAges(int count, EthnicGroup group) {
        int[] ages = new int[Math.max(count, 0)];
        if (count <= 0) {
            return ages;
        }
        double pick = random.nextDouble();
        int age = pick < 0.6 ? random.nextInt(11) : pick < 0.9 ? 11 + random.nextInt(7) : 18 + random.nextInt(8);
        for (int i = count - 1; i >= 0; i--) {
            ages[i] = age;
            age += group.minority() ? 1 + random.nextInt(3) : 2 + random.nextInt(3);
        }
        return ages;
    }

    private void addGrandparents(Household household, Person head, NamePool pool, int count) {
        if (count == 0) {
            return;
        }
        Person grandfather = null;
        Person grandmother = null;
        int baseAge = head.ageOn(AS_OF) + 22 + random.nextInt(11);
        if (count == 2 || random.nextDouble() < 0.35) {
            grandfather = person(Relation.PARENT, Sex.MALE, Math.min(baseAge + 2, 98));
            name(grandfather, head.family, pool);
            head.father = grandfather;
            grandfather.maritalStatus = count == 2 ? MaritalStatus.MARRIED : MaritalStatus.WIDOWED;
            household.members.add(grandfather);
        }
        if (count == 2 || count == 1 && grandfather == null) {
            grandmother = person(Relation.PARENT, Sex.FEMALE, Math.min(baseAge, 97));
            name(grandmother, pool.familyOtherThan(head.family, random), pool);
            head.mother = grandmother;
            grandmother.maritalStatus = count == 2 ? MaritalStatus.MARRIED : MaritalStatus.WIDOWED;
            household.members.add(grandmother);
        }
        if (grandfather != null && grandmother != null) {
            grandfather.spouse = grandmother;
            grandmother.spouse = grandfather;
        }
    }

    private Person person(Relation relation, Sex sex, int age) {
        LocalDate born = AS_OF.minusYears(age).minusDays(random.nextInt(365));
        return new Person(nextPersonId++, relation, sex, born);
    }

    private void name(Person person, String family, NamePool pool) {
        person.family = family;
        person.middle = pool.middle(person.sex, random);
        person.given = pool.given(person.sex, person.middle, random);
    }

    private void finishIdentity(Household household, Person person, EthnicGroup group) {
        person.recordedBirth = recordedBirth(person);
        boolean bornHere = household.movedIn == null || !person.born.isBefore(household.movedIn);
        String province = bornHere ? homeProvince
                : person.relation == Relation.SPOUSE && random.nextDouble() < 0.4 ? origins.pick(random)
                : household.originProvince;
        person.pin = ids.pin(province, person.sex, person.born.getYear());
        if (person.born.getYear() < 2000 && random.nextDouble() < 0.75) {
            person.oldId = ids.oldId(province.equals(homeProvince));
        }
        double phoneShare = group == EthnicGroup.KINH ? 0.8 : 0.5;
        if (person.ageOn(AS_OF) >= 15 && random.nextDouble() < phoneShare) {
            person.phone = ids.phone();
        }
    }

    /** People born before 1960 often know only the year, or carry 1 January as a default. */
    private PartialDate recordedBirth(Person person) {
        int year = person.born.getYear();
        double draw = random.nextDouble();
        if (year < 1960 && draw < 0.40) {
            return PartialDate.ofYear(year);
        }
        if (year < 1960 && draw < 0.65 || year < 1980 && draw < 0.05) {
            return PartialDate.of(year, 1, 1);
        }
        return PartialDate.of(person.born);
    }

    private Sex sexWithFemaleShare(double share) {
        return random.nextDouble() < share ? Sex.FEMALE : Sex.MALE;
    }

    LocalDate between(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }
}
