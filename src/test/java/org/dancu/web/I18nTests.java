package org.dancu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Keeps Vietnamese and English in step and keeps text out of templates. */
class I18nTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Test
    void everyBundleHasTheSameKeysInVietnameseAndEnglish() throws IOException {
        Resource[] bundles = new PathMatchingResourcePatternResolver().getResources(WebConfiguration.BUNDLE_PATTERN);
        assertThat(bundles).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Resource vi : bundles) {
            Resource en = vi.createRelative(vi.getFilename().replace("_vi.properties", "_en.properties"));
            if (!en.exists()) {
                problems.add(vi.getFilename() + " has no English twin");
                continue;
            }
            Set<String> viKeys = keys(vi);
            Set<String> enKeys = keys(en);
            difference(viKeys, enKeys).forEach(k -> problems.add(k + " is missing from " + en.getFilename()));
            difference(enKeys, viKeys).forEach(k -> problems.add(k + " is missing from " + vi.getFilename()));
            blankValues(vi).forEach(k -> problems.add(k + " is blank in " + vi.getFilename()));
            blankValues(en).forEach(k -> problems.add(k + " is blank in " + en.getFilename()));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                TemplateText.findHardCoded(Files.readString(file))
                        .forEach(text -> problems.add(TEMPLATES.relativize(file) + ": " + text));
            }
        }
        assertThat(problems).isEmpty();
    }

    /** One way to show a date or time: Thymeleaf's own objects use the server's zone and each template's pattern. */
    @Test
    void templatesShowDatesAndTimesOnlyThroughTheProvincesTime() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String template = Files.readString(file);
                for (String formatter : List.of("#temporals", "#dates", "#calendars")) {
                    if (template.contains(formatter)) {
                        problems.add(TEMPLATES.relativize(file) + " uses " + formatter + " instead of #times");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theScannerCatchesTextAndAttributesButNotReplacedPlaceholders() {
        String template = """
                <div th:text="#{a}">placeholder</div>
                <p>Hard-coded words</p>
                <input placeholder="Type a name">
                <span th:replace="~{x}">also placeholder</span>
                <td>42</td>
                """;
        assertThat(TemplateText.findHardCoded(template))
                .containsExactly("text 'Hard-coded words'", "placeholder='Type a name'");
    }

    private static Set<String> keys(Resource resource) throws IOException {
        return new TreeSet<>(load(resource).stringPropertyNames());
    }

    private static List<String> blankValues(Resource resource) throws IOException {
        Properties properties = load(resource);
        return properties.stringPropertyNames().stream().filter(k -> properties.getProperty(k).isBlank()).sorted().toList();
    }

    private static Properties load(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource.getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<String> difference(Set<String> a, Set<String> b) {
        return a.stream().filter(k -> !b.contains(k)).toList();
    }
}
