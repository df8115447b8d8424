package org.dancu.jobs.internal.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dancu.jobs.JobHandler;
import org.dancu.jobs.JobStatus;
import org.dancu.jobs.JobWords;
import org.dancu.security.StaffNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The jobs page's words for what a job works on and who started it: the handler of the job's kind names its
 * reference, a staff account is shown by its display name, and a starter that is no account by its handler's
 * words, or as the system.
 */
@Component
class JobWording {

    private final Map<String, JobHandler> handlers;
    private final StaffNames staffNames;
    private final MessageSource messages;

    JobWording(List<JobHandler> handlers, StaffNames staffNames, MessageSource messages) {
        this.handlers = handlers.stream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
        this.staffNames = staffNames;
        this.messages = messages;
    }

    /** The words of each job, in the order given. */
    List<Words> of(List<JobStatus> jobs, Locale locale) {
        Map<String, String> names = staffNames.displayNames(jobs.stream().map(JobStatus::startedBy)
                .collect(Collectors.toSet()));
        return jobs.stream().map(job -> {
            Optional<JobHandler> handler = Optional.ofNullable(handlers.get(job.kind()));
            String subject = handler.flatMap(h -> h.subject(job.reference())).map(words -> text(words, locale))
                    .orElse(null);
            String starter = names.containsKey(job.startedBy()) ? names.get(job.startedBy())
                    : handler.flatMap(h -> h.starter(job.startedBy())).map(words -> text(words, locale))
                    .orElseGet(() -> messages.getMessage("jobs.started-by.system", null, locale));
            return new Words(subject, starter);
        }).toList();
    }

    private String text(JobWords words, Locale locale) {
        return messages.getMessage(words.key(), words.arguments().toArray(), locale);
    }

    /** @param subject what the job works on, or null when its handler does not say */
    record Words(String subject, String starter) {
    }
}
