package org.dancu.locality.internal;

import java.util.ArrayList;
import java.util.List;

import org.dancu.civil.VietnameseText;

/**
 * The parsed "formed from" text of a commune created by the 2025 reform, for example
 * "Phường Noong Bua, Phường Nam Thanh, Xã Thanh Xương", or the harder
 * "Phường Ngọc Lâm, một phần diện tích TN, quy mô dân số của các phường Đức Giang, Phường Gia Thụy".
 *
 * <p>The text is free prose from the reference map, so parsing is deliberately forgiving: it
 * yields, for each old unit mentioned, the ways its type and name could be read, leaving the
 * choice to matching against the real list of old units. "một phần" (part of) and "phần còn
 * lại" (the rest of) mark partial transfers; after "… của các phường" the mark carries over the
 * rest of the list, because the source writes the list that way.
 *
 * @param unchanged  the source says "giữ nguyên": the commune kept its territory
 * @param references the old units named, in order
 */
record MergerText(boolean unchanged, List<Reference> references) {

    /** Unit types as they appear in the text, folded, longest first so "thị xã" wins over "xã". */
    private static final List<String> TYPES = List.of(
            "thị trấn", "thị xã", "thành phố", "đặc khu", "phường", "huyện", "quận", "xã");
    private static final List<String> DISTRICT_TYPES = List.of("thị xã", "thành phố", "huyện", "quận");
    private static final String UNCHANGED = "giữ nguyên";
    private static final List<String> PARTIAL_MARKS = List.of("một phần", "phần còn lại");
    private static final String WHOLE_MARK = "toàn bộ";
    private static final String AFTER_REFORM = "sau khi s";
    private static final String PLURAL = "các ";
    private static final String BELONGING_TO = "thuộc ";

    /**
     * One old unit named in the text.
     *
     * @param readings          possible (type, name) readings, the most likely first
     * @param partial           only part of it went to the new commune
     * @param districtQualifier folded name of the old district given in brackets to tell
     *                          same-named communes apart ("(huyện Châu Thành)"), or {@code null}
     */
    record Reference(List<Reading> readings, boolean partial, String districtQualifier) {
    }

    /**
     * @param type folded unit type, {@code null} when the text gives none
     * @param name folded name
     */
    record Reading(String type, String name) {

        boolean namesDistrict() {
            return type != null && DISTRICT_TYPES.contains(type);
        }
    }

    static MergerText parse(String text) {
        String normalized = VietnameseText.normalize(text);
        String start = normalized.substring(0, Math.min(normalized.length(), UNCHANGED.length()));
        if (VietnameseText.fold(start).equals(UNCHANGED)) {
            return new MergerText(true, List.of());
        }
        return new MergerText(false, new Parser().parse(normalized));
    }

    private static final class Parser {

        private final List<Reference> references = new ArrayList<>();
        /** The type the last typed item gave, for bare names that follow it ("các phường A, B"). */
        private String listType;
        /** A partial mark that covers the rest of the list. */
        private boolean partialList;
        /** A partial mark that covers the bare names right after the last typed item. */
        private boolean partialCarry;

        List<Reference> parse(String text) {
            for (String item : items(text)) {
                parseItem(item);
            }
            return references;
        }

        private void parseItem(String item) {
            boolean partial = false;
            String qualifier = null;
            StringBuilder body = new StringBuilder();
            int depth = 0;
            int open = -1;
            for (int i = 0; i < item.length(); i++) {
                char c = item.charAt(i);
                if (c == '(') {
                    if (depth++ == 0) {
                        open = i + 1;
                    }
                } else if (c == ')' && depth > 0) {
                    if (--depth == 0) {
                        String inner = VietnameseText.fold(item.substring(open, i));
                        if (hasPartialMark(inner)) {
                            partial = true;
                        } else if (qualifier == null) {
                            qualifier = districtQualifier(inner);
                        }
                    }
                } else if (depth == 0) {
                    body.append(c);
                }
            }
            String original = body.toString().strip();
            String folded = VietnameseText.fold(original);
            int afterReform = folded.indexOf(AFTER_REFORM);
            if (afterReform >= 0) {
                folded = folded.substring(0, afterReform);
            }
            folded = strip(folded);
            if (folded.isEmpty()) {
                return;
            }
            boolean marked = hasPartialMark(folded);
            boolean whole = folded.contains(WHOLE_MARK);
            if (whole) {
                partialList = false;
            }
            List<int[]> types = typeWords(folded);
            if (!types.isEmpty()) {
                int first = types.get(0)[0];
                if (marked && folded.substring(0, first).endsWith(PLURAL)) {
                    partialList = true;
                }
                List<Reading> readings = new ArrayList<>();
                for (int[] type : types) {
                    String name = strip(folded.substring(type[1]));
                    if (!name.isEmpty()) {
                        readings.add(new Reading(folded.substring(type[0], type[1]), name));
                    }
                }
                // a name that itself starts with a type word: "Phường Đúc" is a ward's name
                String firstType = folded.substring(first, types.get(0)[1]);
                readings.add(new Reading(firstType, folded.substring(first)));
                listType = folded.substring(types.get(types.size() - 1)[0], types.get(types.size() - 1)[1]);
                partialCarry = marked || partialList;
                references.add(new Reference(readings, partial || marked || partialList, qualifier));
            } else if (marked) {
                // a preamble such as "một phần diện tích TN": the partial mark covers what follows
                partialList = true;
            } else if (!whole && startsLikeAName(original)) {
                references.add(new Reference(List.of(new Reading(listType, folded)),
                        partial || partialCarry || partialList, qualifier));
            }
        }

        private static String districtQualifier(String inner) {
            String text = inner.strip();
            if (text.startsWith(BELONGING_TO)) {
                text = text.substring(BELONGING_TO.length());
            }
            for (String type : DISTRICT_TYPES) {
                if (text.startsWith(type + " ")) {
                    return strip(text.substring(type.length()));
                }
            }
            return null;
        }

        private static boolean startsLikeAName(String text) {
            return !text.isEmpty() && (Character.isUpperCase(text.charAt(0)) || Character.isDigit(text.charAt(0)));
        }
    }

    private static boolean hasPartialMark(String folded) {
        for (String mark : PARTIAL_MARKS) {
            if (folded.contains(mark)) {
                return true;
            }
        }
        return false;
    }

    /** Start and end of every unit-type word in the folded text, at word boundaries. */
    private static List<int[]> typeWords(String folded) {
        List<int[]> found = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            if (i == 0 || !Character.isLetter(folded.charAt(i - 1))) {
                String type = typeAt(folded, i);
                if (type != null) {
                    found.add(new int[] {i, i + type.length()});
                    i += type.length();
                    continue;
                }
            }
            i++;
        }
        return found;
    }

    private static String typeAt(String folded, int position) {
        for (String type : TYPES) {
            int end = position + type.length();
            if (folded.startsWith(type, position) && (end == folded.length() || !Character.isLetter(folded.charAt(end)))) {
                return type;
            }
        }
        return null;
    }

    /** Items are separated by commas, semicolons and " và " (and), but not inside brackets. */
    private static List<String> items(String text) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == ',' || c == ';')) {
                items.add(text.substring(start, i));
                start = i + 1;
            } else if (depth == 0 && text.startsWith(" và ", i)) {
                items.add(text.substring(start, i));
                start = i + " và ".length();
                i = start - 1;
            }
        }
        items.add(text.substring(start));
        return items;
    }

    private static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isTrimmed(text.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmed(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isTrimmed(char c) {
        return c == ' ' || c == '.' || c == ':' || c == '-';
    }
}
