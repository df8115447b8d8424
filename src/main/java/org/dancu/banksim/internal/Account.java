package org.dancu.banksim.internal;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dancu.banksim.Holder;
import org.dancu.civil.PersonName;
import org.dancu.civil.VietnameseText;

/**
 * One synthetic account at a simulated bank: its holder, its state, and how the bank spells the holder's
 * name (upper-case without accents, as bank systems keep it; masked after the family name when {@code masked}).
 */
record Account(Holder holder, State state, boolean masked) {

    enum State { ACTIVE, CLOSED, BLOCKED }

    /** {@code Nguyễn Văn An} → {@code NGUYEN VAN AN}, or masked {@code NGUYEN V** A**}. */
    String holderName() {
        PersonName name = holder.name();
        Stream<String> rest = Stream.concat(name.middleWords().stream(), Stream.of(name.given()))
                .filter(word -> word != null && !word.isBlank()).map(Account::spelt)
                .map(word -> masked ? word.charAt(0) + "**" : word);
        return Stream.concat(Stream.of(name.family()).filter(family -> !family.isBlank()).map(Account::spelt), rest)
                .collect(Collectors.joining(" "));
    }

    private static String spelt(String word) {
        return VietnameseText.asciiKey(word).toUpperCase(Locale.ROOT);
    }
}
