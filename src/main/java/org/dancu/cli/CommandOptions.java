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
}
