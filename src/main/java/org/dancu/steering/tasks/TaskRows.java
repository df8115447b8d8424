package org.dancu.steering.tasks;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dancu.security.AgencyDirectory;
import org.dancu.security.Scope;
import org.dancu.steering.figures.Figures;
import org.springframework.stereotype.Component;

/**
 * Tasks with their risk as the pages list them. For an agency officer each row says whether their
 * agency leads or coordinates the task, and the open tasks their agency leads that are past their
 * deadline unmet come back as reminders on the steering pages.
 */
@Component
public class TaskRows {

    private final Figures figures;
    private final AgencyDirectory agencies;

    TaskRows(Figures figures, AgencyDirectory agencies) {
        this.figures = figures;
        this.agencies = agencies;
    }

    public List<Row> of(List<TaskRisk> risks, Scope scope, Locale locale) {
        Map<String, String> names = agencies.all(locale);
        return risks.stream().map(r -> new Row(r.task().id(), r.task().title(),
                names.getOrDefault(r.task().leadAgency(), r.task().leadAgency()), figures.date(r.task().deadline()),
                figures.status(r, locale), Figures.badge(r), figures.reason(r, locale), r.task().demo(),
                role(r.task(), scope, locale))).toList();
    }

    /** The overdue open tasks the scope's agency leads; none for a scope without an agency. */
    public List<Row> reminders(List<TaskRisk> risks, Scope scope, Locale locale) {
        if (scope.agencyCode() == null) {
            return List.of();
        }
        return of(risks.stream().filter(r -> r.overdue() && r.task().leadAgency().equals(scope.agencyCode()))
                .toList(), scope, locale);
    }

    /** The name of the scope's agency, or null for a scope without one. */
    public String agencyName(Scope scope, Locale locale) {
        return scope.agencyCode() == null ? null
                : agencies.all(locale).getOrDefault(scope.agencyCode(), scope.agencyCode());
    }

    private String role(Task task, Scope scope, Locale locale) {
        if (scope.agencyCode() == null) {
            return "";
        }
        return figures.text(task.leadAgency().equals(scope.agencyCode()) ? "steering.task.role.lead"
                : "steering.task.role.coordinator", locale);
    }

    /** @param role "leads" or "coordinates" for an agency officer; empty for others */
    public record Row(long id, String title, String lead, String deadline, String status, String badge, String reason,
               boolean demo, String role) {
    }
}
