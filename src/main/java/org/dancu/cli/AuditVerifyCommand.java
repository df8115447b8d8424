package org.dancu.cli;

import java.util.List;
import java.util.Locale;

import org.dancu.audit.AuditVerifier;
import org.dancu.audit.VerificationReport;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;

/**
 * Verifies the audit ledger's hash chain and prints the report: exit 0 when intact, 1 when
 * broken, 2 for a bad argument, 3 when it could not be verified at all. Runs beside a serving
 * instance: without DANCU_DB_URL it attaches to the embedded PostgreSQL already running on ./data.
 */
class AuditVerifyCommand implements Command {

    static final int BROKEN = 1;
    static final int NOT_VERIFIED = 3;

    @Override
    public String name() {
        return "audit-verify";
    }

    @Override
    public String summary() {
        return "check the audit ledger's hash chain; exit 0 if intact, 1 if broken";
    }

    @Override
    public String usage() {
        return "[--property=value ...]\n"
                + "  exit 0: the chain is intact; 1: broken (the first broken link is printed); 3: not verified\n"
                + "  without DANCU_DB_URL it attaches to the embedded database running on ./data (docs/audit.md)";
    }

    @Override
    public int run(List<String> arguments) {
        try (ConfigurableApplicationContext context =
                     SpringLauncher.start(arguments, WebApplicationType.NONE, SpringLauncher.QUIET)) {
            VerificationReport report = context.getBean(AuditVerifier.class).verify();
            System.out.println(context.getBean(MessageSource.class).getMessage(report, Locale.ENGLISH));
            return report.intact() ? 0 : BROKEN;
        } catch (IllegalArgumentException e) {
            System.err.println("dancu: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            // a start-up failure has been logged already; either way nothing was verified
            System.err.println("dancu: the audit ledger could not be verified: " + e.getMessage());
            return NOT_VERIFIED;
        }
    }
}
