package org.dancu.notify;

/** How a message reaches its recipient. */
public enum Channel {
    /** The citizen's (or officer's) inbox in the portal: delivered when it is stored. */
    INBOX,
    /** A text message through the SMS gateway, to the citizen's phone in the register. */
    SMS,
    /** An e-mail through the SMTP server, to the citizen's address in the register. */
    EMAIL
}
