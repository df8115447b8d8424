package org.dancu.jobs.internal.web;

import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;

import org.dancu.jobs.JobState;
import org.dancu.jobs.JobStatus;
import org.dancu.jobs.Jobs;
import org.dancu.security.CurrentStaff;
import org.dancu.security.Role;
import org.dancu.security.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The jobs page: the latest jobs the officer may see, with where each stands; the table asks for
 * itself again (htmx) while a job is queued or running. The starter of a job and the administrators
 * may cancel it.
 */
@Controller
class JobsPageController {

    static final int SHOWN = 100;

    /** One line of the table. */
    record JobRow(JobStatus job, JobWording.Words words, boolean mayCancel) {
    }

    private final Jobs jobs;
    private final CurrentStaff currentStaff;
    private final JobWording wording;

    JobsPageController(Jobs jobs, CurrentStaff currentStaff, JobWording wording) {
        this.jobs = jobs;
        this.currentStaff = currentStaff;
        this.wording = wording;
    }

    @GetMapping("/jobs")
    String list(Model model, Locale locale) {
        table(model, locale);
        return "jobs/list";
    }

    /** The table alone, which the page polls while something runs. */
    @GetMapping("/jobs/table")
    String table(Model model, Locale locale) {
        StaffPrincipal officer = officer();
        List<JobStatus> visible = jobs.visibleTo(officer, SHOWN);
        List<JobWording.Words> words = wording.of(visible, locale);
        List<JobRow> rows = IntStream.range(0, visible.size())
                .mapToObj(i -> new JobRow(visible.get(i), words.get(i),
                        !visible.get(i).state().finished() && mayCancel(officer, visible.get(i))))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("active", rows.stream().anyMatch(row -> !row.job().state().finished()));
        return "jobs/list :: table";
    }

    @PostMapping("/jobs/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        StaffPrincipal officer = officer();
        JobStatus job = jobs.find(id).filter(found -> mayCancel(officer, found))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            jobs.cancel(job.id(), officer);
            redirect.addFlashAttribute("notice", job.state() == JobState.QUEUED ? "jobs.cancel.done"
                    : "jobs.cancel.requested");
        } catch (IllegalStateException | NoSuchElementException e) {
            redirect.addFlashAttribute("error", "jobs.cancel.finished");
        }
        return "redirect:/jobs";
    }

    private static boolean mayCancel(StaffPrincipal officer, JobStatus job) {
        return officer.getRole() == Role.ADMINISTRATOR || officer.getUsername().equals(job.startedBy());
    }

    private StaffPrincipal officer() {
        return currentStaff.principal().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}
