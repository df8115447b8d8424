package org.dancu.locality.internal.web;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A logged-in officer as the layout expects one: the page header shows the display name. */
public class Staff extends User {

    private final String displayName;

    Staff(String username, String displayName) {
        super(username, "unused", List.of(new SimpleGrantedAuthority("ROLE_OFFICER")));
        this.displayName = displayName;
    }

    static Staff officer() {
        return new Staff("officer", "Lò Thị Thủy");
    }

    public String getDisplayName() {
        return displayName;
    }
}
