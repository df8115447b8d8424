package org.dancu.audit;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A ledger entry's note as a message key and its arguments, so that every reader gets it in their
 * own language ({@code audit.note.shown-on-profile|42} reads "shown on the profile of person 42" or
 * "hiển thị trên hồ sơ của công dân 42"). Stored in the entry's {@code detail}; a detail that is not
 * a note (older entries, technical details) is shown as it stands.
 *
 * @param key       a message key starting with {@code audit.note.}
 * @param arguments its arguments, as text
 */
public record AuditNote(String key, List<String> arguments) {

    public static final String PREFIX = "audit.note.";
    private static final String SEPARATOR = "|";
    private static final String LABEL = "@";
    /** Joins two parts of a list of labels, "{0}, {1}", in the reader's language. */
    static final String AND = "audit.note.and";

    public AuditNote {
        Objects.requireNonNull(key, "key");
        if (!key.startsWith(PREFIX) || key.contains(SEPARATOR)) {
            throw new IllegalArgumentException("an audit note's key starts with " + PREFIX + " and holds no "
                    + SEPARATOR + ": " + key);
        }
        arguments = List.copyOf(arguments);
    }

    /** The detail text of a note; a separator inside an argument is replaced, so the note reads back whole. */
    public static String of(String key, Object... arguments) {
        return new AuditNote(key, Arrays.stream(arguments).map(a -> String.valueOf(a).replace(SEPARATOR, "/"))
                .toList()).toDetail();
    }

    /** An argument that is itself a message key, so that it too is read in the reader's language. */
    public static String label(String messageKey) {
        return LABEL + messageKey;
    }

    /**
     * An argument that is a list of message keys sharing a prefix ({@code exchange.attribute.} and
     * {@code fullName}, {@code sex}): each is read in the reader's language, the list joined by
     * {@code audit.note.and}.
     */
    public static String labels(String prefix, Collection<String> names) {
        return LABEL + prefix + "[" + String.join(",", names) + "]";
    }

    /** The note a detail holds, or null when it holds none. */
    public static AuditNote read(String detail) {
        if (detail == null || !detail.startsWith(PREFIX)) {
            return null;
        }
        List<String> parts = List.of(detail.split("\\" + SEPARATOR, -1));
        return new AuditNote(parts.get(0), parts.subList(1, parts.size()));
    }

    /** The arguments as a message source takes them: labels are resolved in the reader's language too. */
    public Object[] messageArguments() {
        return arguments.stream().map(AuditNote::messageArgument).toArray();
    }

    private static Object messageArgument(String argument) {
        if (!argument.startsWith(LABEL)) {
            return argument;
        }
        int open = argument.indexOf('[');
        if (open < 0 || !argument.endsWith("]")) {
            return label(argument.substring(LABEL.length()), argument.substring(LABEL.length()));
        }
        String prefix = argument.substring(LABEL.length(), open);
        List<String> names = List.of(argument.substring(open + 1, argument.length() - 1).split(","));
        MessageSourceResolvable list = label(prefix + names.get(names.size() - 1), names.get(names.size() - 1));
        for (int i = names.size() - 2; i >= 0; i--) {
            list = new DefaultMessageSourceResolvable(new String[] {AND},
                    new Object[] {label(prefix + names.get(i), names.get(i)), list}, names.get(i));
        }
        return list;
    }

    /** A label, or its fallback text where the bundle has none (a name added after the entry was written). */
    private static MessageSourceResolvable label(String key, String fallback) {
        return new DefaultMessageSourceResolvable(new String[] {key}, null, fallback);
    }

    String toDetail() {
        return Stream.concat(Stream.of(key), arguments.stream()).collect(Collectors.joining(SEPARATOR));
    }
}
