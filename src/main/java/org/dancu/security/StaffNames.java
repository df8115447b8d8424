package org.dancu.security;

import java.util.Collection;
import java.util.Map;

/** The names staff accounts are shown by, for pages of other modules that list who did something. */
public interface StaffNames {

    /** The display name of each of the usernames that is a staff account, by username; others are left out. */
    Map<String, String> displayNames(Collection<String> usernames);
}
