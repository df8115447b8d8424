package org.dancu.synth;

import java.util.SplittableRandom;

import org.dancu.civil.Sex;

/** The names one group draws from: family names, and middle and given names per sex ("" = no middle name). */
record NamePool(String ethnicityCode, Weighted<String> family, Weighted<String> maleMiddle,
                Weighted<String> femaleMiddle, Weighted<String> maleGiven, Weighted<String> femaleGiven) {

    String family(SplittableRandom random) {
        return family.pick(random);
    }

    /** Another family name than {@code avoid}: spouses come from different clans. */
    String familyOtherThan(String avoid, SplittableRandom random) {
        return pickOtherThan(family, avoid, random);
    }

    String middle(Sex sex, SplittableRandom random) {
        return (sex == Sex.MALE ? maleMiddle : femaleMiddle).pick(random);
    }

    /** A given name that does not repeat the middle name's last word: "Tuấn Tuấn" is nobody's name. */
    String given(Sex sex, String middle, SplittableRandom random) {
        String lastMiddleWord = middle.substring(middle.lastIndexOf(' ') + 1);
        return pickOtherThan(sex == Sex.MALE ? maleGiven : femaleGiven, lastMiddleWord, random);
    }

    private static String pickOtherThan(Weighted<String> names, String avoid, SplittableRandom random) {
        for (int attempt = 0; attempt < 8; attempt++) {
            String name = names.pick(random);
            if (!name.equals(avoid)) {
                return name;
            }
        }
        return names.pick(random);
    }
}
