package org.dancu.security.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dancu.audit.Actor;
import org.dancu.audit.Outcome;
import org.dancu.locality.Localities;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a fresh installation usable. With no account at all it creates {@code admin} with a
 * one-time password, or, in the demo, one account per role; the passwords are printed on the
 * console once and stored only as hashes. {@code --dancu.demo.reset-passwords=true} gives the
 * demo accounts new passwords and prints them again.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Order(Ordered.HIGHEST_PRECEDENCE) // the accounts before the demo's population, which takes minutes
class InitialAccounts implements ApplicationRunner {

    private static final Actor SYSTEM = Actor.system("security");

    private final StaffAccounts accounts;
    private final PasswordEncoder encoder;
    private final ScopeRules scopeRules;
    private final Localities localities;
    private final SecurityAudit audit;
    private final boolean demo;
    private final boolean resetDemoPasswords;

    InitialAccounts(StaffAccounts accounts, PasswordEncoder encoder, ScopeRules scopeRules, Localities localities,
                    SecurityAudit audit,
                    @Value("${dancu.demo.enabled:false}") boolean demo,
                    @Value("${dancu.demo.reset-passwords:false}") boolean resetDemoPasswords) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.scopeRules = scopeRules;
        this.localities = localities;
        this.audit = audit;
        this.demo = demo;
        this.resetDemoPasswords = resetDemoPasswords;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        if (accounts.count() == 0) {
            List<Seed> seeds = demo ? DEMO : List.of(ADMIN);
            print(demo ? "dancu demo accounts" : "dancu first start: administrator account", create(seeds));
        } else if (demo && resetDemoPasswords) {
            print("dancu demo accounts: new passwords", reset(DEMO));
        } else if (demo) {
            List<String> usernames = DEMO.stream().map(Seed::username).toList();
            System.out.println("dancu demo: accounts " + String.join(", ", usernames) + " keep the passwords "
                    + "printed at first start; --dancu.demo.reset-passwords=true prints new ones.");
        }
    }

    private List<Credential> create(List<Seed> seeds) {
        Instant now = Instant.now();
        String province = localities.deploymentProvince().code();
        List<Credential> issued = new ArrayList<>();
        for (Seed seed : seeds) {
            Scope scope = scopeRules.scopeFor(seed.role(), seed.locality() == null ? province : seed.locality(),
                    seed.agency());
            String password = PasswordGenerator.generate();
            accounts.save(StaffAccount.create(seed.username(), seed.displayName(), seed.role(), scope,
                    encoder.encode(password), !demo, SYSTEM.id(), now));
            audit.account(SecurityAction.ACCOUNT_CREATE, SYSTEM, seed.username(), null, Outcome.SUCCESS,
                    "first start");
            issued.add(new Credential(seed, password));
        }
        return issued;
    }

    private List<Credential> reset(List<Seed> seeds) {
        Instant now = Instant.now();
        List<Credential> issued = new ArrayList<>();
        for (Seed seed : seeds) {
            Optional<StaffAccount> found = accounts.findByUsernameForUpdate(seed.username());
            if (found.isEmpty()) {
                continue;
            }
            String password = PasswordGenerator.generate();
            StaffAccount account = found.get();
            account.setPassword(encoder.encode(password), false, SYSTEM.id(), now);
            account.unlock(SYSTEM.id(), now);
            accounts.save(account);
            audit.account(SecurityAction.ACCOUNT_PASSWORD_RESET, SYSTEM, seed.username(), null, Outcome.SUCCESS,
                    "dancu.demo.reset-passwords");
            issued.add(new Credential(seed, password));
        }
        return issued;
    }

    private void print(String title, List<Credential> issued) {
        List<String> lines = new ArrayList<>();
        lines.add(title);
        lines.add("");
        for (Credential credential : issued) {
            lines.add(String.format("%-17s %-14s %s", credential.seed().role(), credential.seed().username(),
                    credential.password()));
        }
        lines.add("");
        lines.add("These passwords are shown ONLY ONCE and stored only as hashes.");
        lines.add(demo
                ? "Lost one? An administrator resets it at /admin/accounts, or restart with"
                : "Log in at /login as admin; you will be asked to choose a new password.");
        lines.add(demo
                ? "--dancu.demo.reset-passwords=true to print new ones for all demo accounts."
                : "Lost it? Another administrator can reset it at /admin/accounts.");
        int width = lines.stream().mapToInt(String::length).max().orElse(0);
        String border = "+" + "-".repeat(width + 2) + "+";
        StringBuilder box = new StringBuilder(System.lineSeparator()).append(border).append(System.lineSeparator());
        for (String line : lines) {
            box.append("| ").append(line).append(" ".repeat(width - line.length())).append(" |")
                    .append(System.lineSeparator());
        }
        box.append(border).append(System.lineSeparator());
        System.out.print(box);
        System.out.flush();
    }

    private static final Seed ADMIN =
            new Seed("admin", "Quản trị hệ thống", Role.ADMINISTRATOR, null, null);

    private static final List<Seed> DEMO = List.of(
            ADMIN,
            new Seed("tinh", "Cán bộ cấp tỉnh", Role.PROVINCE_OFFICER, null, null),
            new Seed("xa.muongthanh", "Cán bộ Phường Mường Thanh", Role.COMMUNE_OFFICER, "03334", null),
            new Seed("so.nnmt", "Cán bộ Sở Nông nghiệp và Môi trường", Role.AGENCY_OFFICER, null, "SO_NNMT"),
            new Seed("so.yt", "Cán bộ Sở Y tế", Role.AGENCY_OFFICER, null, "SO_YT"),
            new Seed("so.gddt", "Cán bộ Sở Giáo dục và Đào tạo", Role.AGENCY_OFFICER, null, "SO_GDDT"),
            new Seed("kiemtra", "Cán bộ kiểm tra", Role.AUDITOR, null, null),
            new Seed("vanthu.muongthanh", "Văn thư số hoá Phường Mường Thanh", Role.CLERK, "03334", null),
            new Seed("sohoa.muongthanh", "Nhân viên số hoá Phường Mường Thanh", Role.DIGITISER, "03334", null),
            new Seed("nhaplieu.muongthanh", "Nhân viên nhập liệu Phường Mường Thanh", Role.DIGITISER, "03334", null),
            new Seed("kiemtramau.muongthanh", "Cán bộ kiểm tra mẫu Phường Mường Thanh", Role.SPOT_CHECKER, "03334",
                    null));

    /** An account to create at first start; a null locality means the deployment province. */
    private record Seed(String username, String displayName, Role role, String locality, String agency) {
    }

    private record Credential(Seed seed, String password) {
    }
}
