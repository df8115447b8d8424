package org.dancu.synth;

import java.util.Locale;
import java.util.SplittableRandom;

import org.dancu.civil.VietnameseText;

/**
 * The particulars the national database adds to a person's identity: religion, nationality, home
 * town, place of birth registration and e-mail. They are drawn from a generator of their own,
 * seeded from the population's seed, so adding them leaves every other column as it was.
 */
final class Particulars {

    static final String NATIONALITY = "VN";

    private final SplittableRandom random;
    private final Geography geography;
    private final String homeProvince;
    private String householdReligion;

    /** @param homeProvince the three-digit ID code of the province ("011") */
    Particulars(long seed, Geography geography, String homeProvince) {
        this.random = new SplittableRandom(seed ^ 0x2545F4914F6CDD1DL);
        this.geography = geography;
        this.homeProvince = homeProvince;
    }

    /** A household shares one religion: the H'Mông largely Protestant or none, most others none or Buddhist. */
    void startHousehold(Person head) {
        double draw = random.nextDouble();
        householdReligion = switch (head.ethnicityCode) {
            case "08" -> draw < 0.55 ? "NONE" : draw < 0.93 ? "PROTESTANT" : "BUDDHISM";
            case "01" -> draw < 0.78 ? "NONE" : draw < 0.95 ? "BUDDHISM" : "CATHOLIC";
            default -> draw < 0.88 ? "NONE" : draw < 0.95 ? "BUDDHISM" : "PROTESTANT";
        };
    }

    String religion() {
        return householdReligion;
    }

    /**
     * The home town (quê quán) is the father's line's commune: natives mostly hold the household's
     * commune, some a neighbouring one; a household from another province has its home town there,
     * outside the generated geography, so the field stays empty.
     */
    String homeTown(Household household, Person person) {
        if (!registeredHere(person)) {
            return "";
        }
        return random.nextDouble() < 0.8 ? household.place.commune().code()
                : geography.elsewhere(household.place, random).commune().code();
    }

    /** Where the birth was registered: the household's commune then, or nothing known when born elsewhere. */
    String birthRegistrationPlace(Household household, Person person) {
        if (!registeredHere(person)) {
            return "";
        }
        String then = household.communeOn(person.born);
        return then == null ? household.place.commune().code() : then;
    }

    /** Some phone owners, mostly young Kinh, gave an e-mail address too. */
    String email(Person person) {
        double share = person.ethnicityCode.equals("01") ? 0.35 : 0.1;
        if (person.phone.isEmpty() || person.ageOn(SyntheticPopulation.AS_OF) > 45 || random.nextDouble() >= share) {
            return "";
        }
        String local = VietnameseText.asciiKey(person.given + person.family).replace(" ", "").toLowerCase(Locale.ROOT);
        return local + (1 + random.nextInt(9999)) + "@example.vn";
    }

    private boolean registeredHere(Person person) {
        return person.pin.startsWith(homeProvince);
    }
}
