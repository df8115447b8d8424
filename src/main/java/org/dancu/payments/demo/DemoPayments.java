package org.dancu.payments.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.dancu.civil.ProvinceTime;
import org.dancu.civil.VietnameseText;
import org.dancu.payments.DemoBanks;
import org.dancu.payments.LineStatus;
import org.dancu.payments.PayChannel;
import org.dancu.payments.Programme;
import org.dancu.payments.ProgrammeFamily;
import org.dancu.payments.ProgrammeKind;
import org.dancu.payments.ProgrammeRule;
import org.dancu.payments.Programmes;
import org.dancu.payments.Vnd;
import org.dancu.payments.accounts.SealedAccounts;
import org.dancu.payments.demo.PaymentYear.Beneficiary;
import org.dancu.payments.demo.PaymentYear.PlannedAccount;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's year of payments: on the first ready start with a register and no cycle, the beneficiaries
 * of the bundled programmes and their accounts ({@link PaymentYear}), every cycle of the past twelve
 * months with its lines as the banks and the postal operator left them (credited, returned and paid in
 * cash, paid in cash or at home), bulk-loaded ({@link PaymentHistoryCopy}), and one open cycle of each
 * monthly programme to try. Runs before the demo's steering seed, which then counts the lines.
 */
@Component
@ConditionalOnProperty(name = "dancu.demo.enabled", havingValue = "true")
class DemoPayments {

    /** The officer who prepared the demo's cycles, and who approved them by family (the paying agencies'). */
    static final String MAKER = "tinh";
    static final Map<ProgrammeFamily, String> CHECKERS = Map.of(ProgrammeFamily.SOCIAL, "so.yt",
            ProgrammeFamily.TUITION, "so.gddt");
    private static final String[] RETURN_REASONS = {"AC04", "AC01", "AC06"};
    private static final int BATCH = 20_000;

    private final RegisteredPersons persons;
    private final Programmes programmes;
    private final PaymentHistoryCopy copy;
    private final SealedAccounts sealing;
    private final ObjectProvider<DemoBanks> banks;
    private final long seed;

    DemoPayments(RegisteredPersons persons, Programmes programmes, PaymentHistoryCopy copy, SealedAccounts sealing,
                 ObjectProvider<DemoBanks> banks, @Value("${dancu.demo.seed:1}") long seed) {
        this.persons = persons;
        this.programmes = programmes;
        this.copy = copy;
        this.sealing = sealing;
        this.banks = banks;
        this.seed = seed;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    void seed() {
        if (!copy.empty()) {
            return;
        }
        List<Resident> residents = residents();
        if (residents.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(ProvinceTime.VIETNAM);
        PaymentYear year = new PaymentYear(seed, today, banks.getIfAvailable());
        IdBlocks beneficiaryIds = new IdBlocks("payments.beneficiary");
        IdBlocks accountIds = new IdBlocks("payments.account");
        List<Beneficiary> beneficiaries = year.beneficiaries(residents, programmes.inForce(today),
                new PaymentYear.IdSource() {
                    @Override
                    public long nextBeneficiary() {
                        return beneficiaryIds.next();
                    }

                    @Override
                    public long nextAccount() {
                        return accountIds.next();
                    }
                });
        writeBeneficiaries(beneficiaries);
        Random random = new Random(seed);
        int cycles = 0;
        long lines = 0;
        for (Programme programme : beneficiaries.stream().map(Beneficiary::programme).distinct().toList()) {
            List<Beneficiary> paid = beneficiaries.stream().filter(b -> b.programme().equals(programme)).toList();
            for (YearMonth month = year.first(); !month.isAfter(YearMonth.from(today)); month = month.plusMonths(1)) {
                LocalDate paysOn = month.atDay(PaymentYear.PAY_DAY);
                ProgrammeRule rule = programmes.find(programme.code(), paysOn).map(Programme::rule).orElse(null);
                if (rule != null && !paysOn.isAfter(today) && rule.payMonths().contains(month.getMonth())) {
                    lines += writeCycle(programme, rule, paid, year.monthIndex(month), paysOn, today, random);
                    cycles++;
                }
            }
            if (programme.kind() != ProgrammeKind.STUDY_SUPPORT) {
                openNext(programme, today);
            }
        }
        System.out.printf("dancu demo: a year of payments seeded: %d beneficiaries, %d cycles with %d lines,"
                + " bulk-loaded, in %d s%n", beneficiaries.size(), cycles, lines,
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
        System.out.flush();
    }

    private List<Resident> residents() {
        List<Resident> residents = new ArrayList<>();
        persons.forEach((RegisteredPerson person) -> {
            if (person.pin() != null && person.alive() && person.resident() && person.birthDate() != null) {
                residents.add(new Resident(person.pin(), person.name().fullName(), person.birthDate().toString(),
                        person.birthDate().year(), person.currentCommuneCode() != null ? person.currentCommuneCode()
                        : person.communeCode()));
            }
        });
        return residents;
    }

    /** The beneficiaries, each by a decision of the month before their first payment, and their accounts. */
    private void writeBeneficiaries(List<Beneficiary> beneficiaries) {
        Set<Long> accountsWritten = new HashSet<>();
        for (int from = 0; from < beneficiaries.size(); from += BATCH) {
            CopyRows rows = new CopyRows();
            CopyRows accounts = new CopyRows();
            for (Beneficiary b : beneficiaries.subList(from, Math.min(beneficiaries.size(), from + BATCH))) {
                Resident person = b.person();
                LocalDate since = b.programme().rule().effectiveFrom().plusMonths(1);
                rows.row(b.id(), 0, b.programme().code().value(), person.pin().value(), person.pin().value(),
                        person.fullName(), person.birth(), person.commune(), b.coefficient(), b.months(),
                        b.id() + "/QĐ-UBND", since.minusDays(10), since, "ACTIVE", b.channel().name(), MAKER,
                        at(since.minusDays(9), 10));
                PlannedAccount account = b.account();
                if (account != null && accountsWritten.add(account.id())) {
                    SealedAccounts.Sealed sealed = sealing.seal(person.pin(), account.bin(), account.number());
                    OffsetDateTime linked = at(account.linkedOn(), 20);
                    accounts.row(account.id(), 0, person.pin().value(), account.bin(), account.kind().name(),
                            sealed.cipher(), sealed.hash(), sealed.last4(), account.viaPortal() ? "PORTAL" : "BANK",
                            VietnameseText.asciiKey(person.fullName()).toUpperCase(java.util.Locale.ROOT), "MATCH",
                            1.0, "VERIFIED", linked, linked.plusSeconds(40), person.commune());
                }
            }
            Map<String, CopyRows> tables = new LinkedHashMap<>();
            tables.put(PaymentHistoryCopy.BENEFICIARIES, rows);
            tables.put(PaymentHistoryCopy.ACCOUNTS, accounts);
            copy.copy(tables);
        }
    }

    /**
     * One cycle of the past with its lines: credited to the account (a few returned by the bank, then paid
     * in cash), or paid in cash at a postal point or at home in the days after the pay day (those not yet
     * paid by today still due, and the cycle then sent, not settled). Returns the number of lines.
     */
    private int writeCycle(Programme programme, ProgrammeRule rule, List<Beneficiary> paid, int monthIndex,
                           LocalDate paysOn, LocalDate today, Random random) {
        long cycle = copy.drawIds("payments.cycle", 1)[0];
        CopyRows lines = new CopyRows();
        long sum = 0;
        boolean allPaid = true;
        LocalDate lastPaid = paysOn;
        for (Beneficiary b : paid) {
            Vnd amount = rule.amountFor(programme.kind(), b.coefficient(), b.months());
            String endToEnd = "DEMO" + cycle + "L" + b.id();
            LineStatus status;
            LocalDate paidOn;
            String reason = null;
            PayChannel channel = b.creditedIn(monthIndex) ? b.account().kind() : b.cash();
            if (b.creditedIn(monthIndex) && random.nextDouble() >= PaymentYear.RETURNED) {
                status = LineStatus.PAID;
                paidOn = paysOn;
            } else {
                if (b.creditedIn(monthIndex)) {
                    reason = RETURN_REASONS[random.nextInt(RETURN_REASONS.length)];
                }
                paidOn = paysOn.plusDays(reason == null ? random.nextInt(4) : 4 + random.nextInt(6));
                status = paidOn.isAfter(today) ? LineStatus.CASH_DUE : LineStatus.PAID_CASH;
            }
            boolean credited = status == LineStatus.PAID || reason != null;
            if (status == LineStatus.CASH_DUE) {
                allPaid = false;
                paidOn = null;
            } else if (paidOn.isAfter(lastPaid)) {
                lastPaid = paidOn;
            }
            sum += amount.dong();
            lines.row(cycle, b.id(), b.person().pin().value(), b.person().commune(), amount.dong(), channel.name(),
                    credited ? b.account().id() : null, credited ? b.account().bin() : null, endToEnd, status.name(),
                    reason, paidOn);
        }
        LocalDate cutOff = paysOn.minusMonths(1).withDayOfMonth(rule.cutOffDay());
        CopyRows cycleRow = new CopyRows().row(cycle, 0, programme.code().value(), period(programme, paysOn), paysOn,
                cutOff, allPaid ? "SETTLED" : "SENT", lines.rows(), sum, MAKER, at(cutOff.plusDays(1), 9),
                CHECKERS.get(programme.family()), at(cutOff.plusDays(2), 14), at(paysOn.minusDays(3), 8),
                allPaid ? at(lastPaid.plusDays(1), 17) : null);
        Map<String, CopyRows> tables = new LinkedHashMap<>();
        tables.put(PaymentHistoryCopy.CYCLES, cycleRow);
        tables.put(PaymentHistoryCopy.LINES, lines);
        copy.copy(tables);
        return lines.rows();
    }

    /** The next month's cycle of a monthly programme, open, its list closing on the cut-off day. */
    private void openNext(Programme programme, LocalDate today) {
        YearMonth month = YearMonth.from(today).plusMonths(today.getDayOfMonth() < PaymentYear.PAY_DAY ? 0 : 1);
        LocalDate paysOn = month.atDay(PaymentYear.PAY_DAY);
        programmes.find(programme.code(), paysOn).ifPresent(inForce -> copy.open(programme.code().value(),
                period(programme, paysOn), paysOn, paysOn.minusMonths(1).withDayOfMonth(inForce.rule().cutOffDay())));
    }

    /**
     * A cycle's period: the month ({@code 2026-11}); for study support, the semester of the school year
     * the payment opens ({@code 2026-S1} paid in the autumn for the school year 2026-2027, {@code 2025-S2}
     * paid in the spring of 2026).
     */
    static String period(Programme programme, LocalDate paysOn) {
        if (programme.kind() != ProgrammeKind.STUDY_SUPPORT) {
            return YearMonth.from(paysOn).toString();
        }
        boolean autumn = paysOn.getMonthValue() >= 8;
        return (autumn ? paysOn.getYear() : paysOn.getYear() - 1) + "-S" + (autumn ? 1 : 2);
    }

    /** A table's ids drawn a block at a time. */
    private final class IdBlocks {

        private static final int BLOCK = 1_000;
        private final String table;
        private long[] block = new long[0];
        private int used;

        IdBlocks(String table) {
            this.table = table;
        }

        long next() {
            if (used == block.length) {
                block = copy.drawIds(table, BLOCK);
                used = 0;
            }
            return block[used++];
        }
    }

    private static OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(ProvinceTime.VIETNAM).toOffsetDateTime();
    }
}
