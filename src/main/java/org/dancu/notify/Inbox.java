package org.dancu.notify;

import java.util.List;

import org.dancu.civil.Pin;

/** The citizen's in-portal inbox, as the portal shows it. */
public interface Inbox {

    /** The citizen's latest inbox messages, newest first, at most {@code limit}. */
    List<InboxMessage> of(Pin citizen, int limit);
}
