package org.dancu.cli;

import java.util.List;

/** One sub-command of {@code dancu}. Arguments are what followed the command's name. */
interface Command {

    String name();

    /** One line for {@code dancu --help}. */
    String summary();

    /** Runs the command and returns the process exit code. */
    int run(List<String> arguments);
}
