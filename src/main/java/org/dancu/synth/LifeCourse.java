package org.dancu.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.dancu.civil.Sex;
import org.dancu.synth.LifeEvent.Type;
import org.dancu.synth.Person.MaritalStatus;
import org.dancu.synth.Person.Relation;

/**
 * Plays a household through the event window ({@link #WINDOW_START} to {@link SyntheticPopulation#AS_OF}):
 * deaths by age-specific yearly risk, moves within the province, young adults leaving it, and the
 * births, marriages and moves in that fall inside the window, as events in date order.
 */
final class LifeCourse {

    static final LocalDate WINDOW_START = LocalDate.of(2015, 1, 1);
    private static final LocalDate AS_OF = SyntheticPopulation.AS_OF;
    private static final double MOVE_WITHIN_SHARE = 0.06;
    private static final double MOVE_OUT_SHARE = 0.04;
    private static final Comparator<LifeEvent> ORDER = Comparator.comparing(LifeEvent::date)
            .thenComparingLong(e -> e.person().id).thenComparing(LifeEvent::type);

    private final SplittableRandom random;
    private final Geography geography;
    private final HouseholdBuilder dates;
    private final Weighted<String> destinations;

    LifeCourse(SplittableRandom random, Geography geography, HouseholdBuilder dates, Weighted<String> destinations) {
        this.random = random;
        this.geography = geography;
        this.dates = dates;
        this.destinations = destinations;
    }

    List<LifeEvent> live(Household household) {
        boolean arrivedInWindow = household.movedIn != null && household.movedIn.isAfter(WINDOW_START);
        if (!arrivedInWindow && random.nextDouble() < MOVE_WITHIN_SHARE) {
            household.movedWithin = dates.between(WINDOW_START, AS_OF);
            household.movedFromCommune = geography.elsewhere(household.place, random).commune().code();
        }
        for (Person person : household.members) {
            deathOf(household, person);
        }
        for (Person person : household.members) {
            if (person.spouse != null && !person.spouse.alive() && person.alive()) {
                person.maritalStatus = MaritalStatus.WIDOWED;
            }
            moveOut(household, person);
        }
        List<LifeEvent> events = new ArrayList<>();
        String home = household.place.commune().code();
        for (Person person : household.members) {
            if (!person.born.isBefore(WINDOW_START) && household.communeOn(person.born) != null) {
                events.add(new LifeEvent(person.born, person, Type.BIRTH, "", household.communeOn(person.born), ""));
            }
            if (person.died != null) {
                events.add(new LifeEvent(person.died, person, Type.DEATH, household.communeOn(person.died), "", ""));
            }
            if (person.movedOut != null) {
                events.add(new LifeEvent(person.movedOut, person, Type.MOVE_OUT, home, "", person.movedOutTo));
            }
            if (household.movedWithin != null && person.presentOn(household.movedWithin)) {
                events.add(new LifeEvent(household.movedWithin, person, Type.MOVE_WITHIN,
                        household.movedFromCommune, home, ""));
            }
            if (arrivedInWindow && person.presentOn(household.movedIn)) {
                events.add(new LifeEvent(household.movedIn, person, Type.MOVE_IN, "", home,
                        household.originProvince.substring(1)));
            }
        }
        marriage(household, events);
        events.sort(ORDER);
        return events;
    }

    private void deathOf(Household household, Person person) {
        LocalDate earliest = latest(WINDOW_START, person.born.plusDays(1));
        if (household.movedIn != null) {
            earliest = latest(earliest, household.movedIn.plusDays(1));
        }
        for (Person child : household.members) {
            if (child.mother == person || child.father == person) {
                earliest = latest(earliest, child.born.plusDays(1));
            }
        }
        for (int year = earliest.getYear(); year <= AS_OF.getYear(); year++) {
            double risk = yearlyRisk(year - person.born.getYear());
            if (year == AS_OF.getYear()) {
                risk *= AS_OF.getDayOfYear() / 365.0;
            }
            if (random.nextDouble() < risk) {
                LocalDate from = latest(earliest, LocalDate.of(year, 1, 1));
                LocalDate to = LocalDate.of(year, 12, 31).isAfter(AS_OF) ? AS_OF : LocalDate.of(year, 12, 31);
                if (!from.isAfter(to)) {
                    person.died = dates.between(from, to);
                    person.phone = "";
                }
                return;
            }
        }
    }

    /** Rough yearly risk of death by age for a poor upland province: high in infancy and old age. */
    private static double yearlyRisk(int age) {
        if (age <= 0) {
            return 0.02;
        }
        if (age < 15) {
            return 0.0008;
        }
        if (age < 40) {
            return 0.0015;
        }
        if (age < 60) {
            return 0.005;
        }
        if (age < 70) {
            return 0.015;
        }
        return age < 80 ? 0.04 : 0.10;
    }

    private void moveOut(Household household, Person person) {
        int age = person.ageOn(AS_OF);
        if (person.relation != Relation.CHILD || !person.alive() || age < 18 || age > 35
                || random.nextDouble() >= MOVE_OUT_SHARE) {
            return;
        }
        LocalDate earliest = latest(latest(WINDOW_START, person.born.plusYears(18)),
                household.movedWithin == null ? WINDOW_START : household.movedWithin.plusDays(1));
        if (household.movedIn != null) {
            earliest = latest(earliest, household.movedIn.plusDays(1));
        }
        if (earliest.isAfter(AS_OF)) {
            return;
        }
        person.movedOut = dates.between(earliest, AS_OF);
        String destination;
        do {
            destination = destinations.pick(random);
        } while (destination.equals(household.originProvince));
        person.movedOutTo = destination.substring(1);
    }

    /** A couple's marriage about a year before their first child, or at 18–24 for a young childless couple. */
    private void marriage(Household household, List<LifeEvent> events) {
        Person head = household.head();
        Person spouse = head.spouse;
        if (spouse == null || head.relation != Relation.HEAD) {
            return;
        }
        Person wife = head.sex == Sex.FEMALE ? head : spouse;
        LocalDate firstChild = null;
        for (Person member : household.members) {
            if (member.mother == wife && (firstChild == null || member.born.isBefore(firstChild))) {
                firstChild = member.born;
            }
        }
        LocalDate married = firstChild != null ? firstChild.minusDays(200 + random.nextInt(500))
                : wife.born.plusYears(18 + random.nextInt(7));
        if (married.isBefore(WINDOW_START) || married.isAfter(AS_OF) || !head.presentOn(married)
                || !spouse.presentOn(married)) {
            return;
        }
        String commune = household.communeOn(married);
        String elsewhere = commune == null ? household.originProvince.substring(1) : "";
        String to = commune == null ? "" : commune;
        events.add(new LifeEvent(married, head, Type.MARRIAGE, "", to, elsewhere));
        events.add(new LifeEvent(married, spouse, Type.MARRIAGE, "", to, elsewhere));
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
