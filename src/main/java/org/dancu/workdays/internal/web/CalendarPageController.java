package org.dancu.workdays.internal.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dancu.workdays.CalendarDecision;
import org.dancu.workdays.DecisionRefused;
import org.dancu.workdays.Occasion;
import org.dancu.workdays.WorkingCalendar;
import org.dancu.workdays.internal.CalendarAdministration;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of the working-day calendar: a year's holidays, days off and make-up
 * working days with the decisions behind them, and the form that records a decision.
 */
@Controller
@RequestMapping("/admin/workdays")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class CalendarPageController {

    private static final String VIEW = "workdays/calendar";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final CalendarAdministration administration;

    CalendarPageController(CalendarAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    String year(@RequestParam(required = false) Integer year, Model model) {
        WorkingCalendar calendar = administration.calendar();
        int shown = year != null && year >= calendar.firstDay().getYear() && year <= calendar.lastDay().getYear()
                ? year : LocalDate.now(calendar.hours().zone()).getYear();
        model.addAttribute("year", shown);
        model.addAttribute("days", calendar.exceptions(shown));
        model.addAttribute("decisions", administration.decisions(shown));
        model.addAttribute("occasions", Occasion.values());
        return VIEW;
    }

    @PostMapping
    String record(@RequestParam(defaultValue = "OTHER") Occasion occasion, @RequestParam(defaultValue = "true") boolean dayOff,
                  @RequestParam(defaultValue = "") String first, @RequestParam(defaultValue = "") String last,
                  @RequestParam(defaultValue = "") String source, HttpServletRequest request,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            LocalDate from = day(first);
            LocalDate to = last.isBlank() ? from : day(last);
            administration.record(new CalendarDecision(occasion, dayOff, from, to, source.strip()),
                    request.getRemoteAddr());
            redirect.addFlashAttribute("notice", "workdays.recorded");
            return "redirect:/admin/workdays?year=" + from.getYear();
        } catch (DecisionRefused e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("refusal", e.messageKey());
            model.addAttribute("refusalArguments", Arrays.stream(e.arguments())
                    .map(a -> a instanceof LocalDate d ? DAY.format(d) : a).toArray());
        } catch (DateTimeParseException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("refusal", "workdays.refused.date");
            model.addAttribute("refusalArguments", new Object[0]);
        }
        model.addAttribute("first", first);
        model.addAttribute("last", last);
        model.addAttribute("source", source);
        return year(null, model);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text.strip(), DAY);
    }
}
