package org.dancu.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the layout the request path to mark the current menu entry: Thymeleaf 3.1 no longer exposes the request. */
@ControllerAdvice
class NavigationAdvice {

    /** Where the request is, for the menu. */
    record Navigation(String path) {

        /**
         * Whether the page belongs to the menu entry at {@code section}: the path is the section or
         * lies under it, whole segments only ({@code /admin/exchange} is not under {@code /admin/accounts}).
         */
        public boolean isAt(String section) {
            return path.equals(section) || path.startsWith(section + "/");
        }
    }

    @ModelAttribute("navigation")
    Navigation navigation(HttpServletRequest request) {
        return new Navigation(request.getRequestURI().substring(request.getContextPath().length()));
    }
}
