package org.dancu.audit;

/** How an audited action ended. */
public enum Outcome { SUCCESS, DENIED, FAILED }
