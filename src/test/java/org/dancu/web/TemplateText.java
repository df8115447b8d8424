package org.dancu.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text a reader would see that does not come from a message bundle: text nodes outside
 * elements whose content Thymeleaf replaces, and human-facing attributes written literally.
 */
final class TemplateText {

    private static final Pattern TOKEN = Pattern.compile("<!--.*?-->|<![^>]*>|<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*?)(/?)>|([^<]+)",
            Pattern.DOTALL);
    private static final Pattern REPLACING = Pattern.compile("\\s(th:(text|utext|replace|insert|remove)|sec:authentication)\\s*=");
    private static final Pattern HUMAN_ATTRIBUTE =
            Pattern.compile("\\s(placeholder|title|alt|aria-label|label)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");
    private static final Set<String> RAW = Set.of("script", "style");

    private TemplateText() {
    }

    static List<String> findHardCoded(String template) {
        List<String> found = new ArrayList<>();
        Deque<Boolean> replaced = new ArrayDeque<>();
        replaced.push(false);
        Matcher token = TOKEN.matcher(template);
        while (token.find()) {
            if (token.group(5) != null) {
                String text = token.group(5).strip();
                if (!replaced.peek() && LETTER.matcher(text).find()) {
                    found.add("text '" + text + "'");
                }
            } else if (token.group(2) != null) {
                String name = token.group(2).toLowerCase();
                String attributes = token.group(3);
                boolean closing = !token.group(1).isEmpty();
                if (closing) {
                    if (!VOID.contains(name) && replaced.size() > 1) {
                        replaced.pop();
                    }
                    continue;
                }
                Matcher attribute = HUMAN_ATTRIBUTE.matcher(attributes);
                while (attribute.find()) {
                    if (LETTER.matcher(attribute.group(2)).find()) {
                        found.add(attribute.group(1) + "='" + attribute.group(2) + "'");
                    }
                }
                boolean selfClosing = !token.group(4).isEmpty() || VOID.contains(name);
                if (!selfClosing) {
                    replaced.push(replaced.peek() || RAW.contains(name) || REPLACING.matcher(attributes).find());
                }
            }
        }
        return found;
    }
}
