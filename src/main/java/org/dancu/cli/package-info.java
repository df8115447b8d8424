/**
 * The {@code dancu} command line: one jar that serves the web application, runs the demo and
 * performs batch work ({@code audit-verify} and the commands later modules add).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line")
package org.dancu.cli;
