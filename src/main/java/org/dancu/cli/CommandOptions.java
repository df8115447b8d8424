package org.dancu.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --name value} or {@code --name=value} options of a command, checked against the names it
 * takes; a problem is an {@link IllegalArgumentException} whose message is for the user.
 */
final class CommandOptions {

    private final Map<String, String> values;

    private CommandOptions(Map<String, String> values) {
        this.values = values;
    }

    static CommandOptions parse(String command, List<String> arguments, Set<String> required, Set<String> optional) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>(arguments);
        while (!rest.isEmpty()) {
            String argument = rest.remove(0);
            if (!argument.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + argument + "'");
            }
            int equals = argument.indexOf('=');
            String name = argument.substring(2, equals < 0 ? argument.length() : equals);
            if (!required.contains(name) && !optional.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + " (" + command + " takes "
                        + String.join(", ", names(required, optional)) + ")");
            }
            if (equals < 0 && rest.isEmpty()) {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
            values.put(name, equals < 0 ? rest.remove(0) : argument.substring(equals + 1));
        }
        for (String name : required) {
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("--" + name + " is required");
            }
        }
        return new CommandOptions(values);
    }

    /**
     * The command's own options ({@code flags} take no value) among Spring's {@code --name=value} settings, which
     * are left in {@code settings} for the application.
     */
    static CommandOptions parseAmongSettings(List<String> arguments, Set<String> required, Set<String> optional,
                                             Set<String> flags, List<String> settings) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>(arguments);
        while (!rest.isEmpty()) {
            String argument = rest.remove(0);
            int equals = argument.indexOf('=');
            String name = argument.startsWith("--") ? argument.substring(2, equals < 0 ? argument.length() : equals) : "";
            if (flags.contains(name) && equals < 0) {
                values.put(name, "true");
            } else if (required.contains(name) || optional.contains(name)) {
                if (equals < 0 && rest.isEmpty()) {
                    throw new IllegalArgumentException("--" + name + " needs a value");
                }
                values.put(name, equals < 0 ? rest.remove(0) : argument.substring(equals + 1));
            } else if (equals > 2) {
                settings.add(argument);
            } else {
                throw new IllegalArgumentException("unexpected argument '" + argument
                        + "': settings take the form --name=value");
            }
        }
        for (String name : required) {
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("--" + name + " is required");
            }
        }
        return new CommandOptions(values);
    }

    private static List<String> names(Set<String> required, Set<String> optional) {
        List<String> names = new ArrayList<>();
        required.stream().sorted().forEach(n -> names.add("--" + n));
        optional.stream().sorted().forEach(n -> names.add("[--" + n + "]"));
        return names;
    }

    String get(String name) {
        return values.get(name);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** A whole number within bounds, or the default when the option is absent. */
    long number(String name, long defaultValue, long min, long max) {
        if (!has(name)) {
            return defaultValue;
        }
        try {
            long value = Long.parseLong(get(name).strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("--" + name + " must be a whole number from " + min + " to " + max
                + ", not '" + get(name) + "'");
    }

    /** A fraction from 0 to below 1, or the default when the option is absent. */
    double fraction(String name, double defaultValue) {
        if (!has(name)) {
            return defaultValue;
        }
        try {
            double value = Double.parseDouble(get(name).strip());
            if (value >= 0 && value < 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("--" + name + " must be a fraction from 0 to below 1 (0.05 = 5 %), not '"
                + get(name) + "'");
    }
}
