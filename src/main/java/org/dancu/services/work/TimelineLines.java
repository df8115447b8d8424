package org.dancu.services.work;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.dancu.services.DossierComponent;
import org.dancu.services.DossierStatus;

/**
 * The timeline's moments in words: the leg's name, who acted (an officer by name, the system as such,
 * nobody for the applicant), and the note as a person reads it: the dossier's end in words, the missing
 * components by name, an assignee by name; free text (reasons) as written.
 */
final class TimelineLines {

    /** What the page prints of one moment. */
    record MomentLine(DossierPageQuery.Moment moment, String leg, String actor, String note) {
    }

    private final Map<String, String> people;
    private final List<DossierComponent> components;
    private final Wording words;
    private final Locale locale;

    TimelineLines(Map<String, String> people, List<DossierComponent> components, Wording words, Locale locale) {
        this.people = people;
        this.components = components;
        this.words = words;
        this.locale = locale;
    }

    MomentLine of(DossierPageQuery.Moment moment, String leg) {
        return new MomentLine(moment, leg, actor(moment.actor()), note(moment));
    }

    private String actor(String actor) {
        if (actor == null) {
            return null;
        }
        return actor.startsWith("system") ? words.text("services.work.timeline.system", locale)
                : people.getOrDefault(actor, actor);
    }

    private String note(DossierPageQuery.Moment moment) {
        String note = moment.note();
        if (note == null || note.isBlank()) {
            return null;
        }
        return switch (moment.kind()) {
            case "closed" -> Arrays.stream(DossierStatus.values()).filter(s -> s.name().equals(note)).findFirst()
                    .map(s -> words.text("services.intake.status." + s.name(), locale)).orElse(null);
            case "suspended" -> Arrays.stream(note.split(",\\s*")).map(this::component)
                    .collect(Collectors.joining(", "));
            case "assigned" -> people.getOrDefault(note, note);
            default -> note;
        };
    }

    private String component(String key) {
        return components.stream().filter(c -> c.key().equals(key)).findFirst()
                .map(c -> Names.vietnamese(locale) ? c.nameVi() : c.nameEn()).orElse(key);
    }
}
