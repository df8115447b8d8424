package org.dancu.payments.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.dancu.civil.Pin;
import org.dancu.payments.DemoBanks;
import org.dancu.payments.PayChannel;
import org.dancu.payments.Programme;
import org.dancu.payments.ProgrammeFamily;
import org.dancu.payments.ProgrammeKind;
import org.dancu.payments.accounts.SealedAccounts;

/**
 * The demo's year of payments, planned from the register's residents: the province's beneficiaries
 * (about 35,470 of social protection and 182,000 learners for 650,000 residents, scaled to the register
 * loaded), who among them has a verified account and since when, and the cycles of the past year. The
 * shares of accounts are chosen so that the last month's non-cash figures land near the province's
 * reported 80.76 % (social security) and 91.22 % (tuition and student support), having risen over
 * the year as people linked welfare accounts.
 */
final class PaymentYear {

    static final double SOCIAL_PER_RESIDENT = 35_470 / 650_000.0;
    static final double LEARNERS_PER_RESIDENT = 182_000 / 650_000.0;
    static final Map<ProgrammeFamily, Double> NON_CASH_TARGET = Map.of(ProgrammeFamily.SOCIAL, 0.8076,
            ProgrammeFamily.TUITION, 0.9122);
    /** Of the credits to an account, those the bank returns (a closed or wrong account), then paid in cash. */
    static final double RETURNED = 0.01;
    /** Of those with an account by now, those who linked it during the year rather than before. */
    static final double LINKED_DURING_YEAR = 0.12;
    /** Of the social-protection beneficiaries, those on the social pension rather than monthly assistance. */
    static final double ON_PENSION = 0.35;
    /** The oldest learner the demo picks when a programme sets no upper age. */
    static final int OLDEST_LEARNER = 22;
    /** People this old without an account are paid at home. */
    static final int PAID_AT_HOME_FROM = 85;
    /** Payments fall due on this day of their month. */
    static final int PAY_DAY = 5;
    /** Wallets among the accounts. */
    static final double E_WALLETS = 0.1;
    private static final BigDecimal[] COEFFICIENTS = {new BigDecimal("1.0"), new BigDecimal("1.0"),
            new BigDecimal("1.5"), new BigDecimal("1.5"), new BigDecimal("2.0"), new BigDecimal("2.5")};
    /** Months of study paid at each semester's payment. */
    static final int MONTHS_A_SEMESTER = 4;

    /** A beneficiary: the account plan is the month index from which the line goes to the account (0: all year; -1: never). */
    record Beneficiary(long id, Programme programme, Resident person, BigDecimal coefficient, Integer months,
                       PlannedAccount account, int accountFrom, PayChannel cash) {

        boolean creditedIn(int monthIndex) {
            return account != null && accountFrom >= 0 && accountFrom <= monthIndex;
        }

        PayChannel channel() {
            return account != null && accountFrom >= 0 ? account.kind() : cash;
        }
    }

    /** A welfare account a person linked, verified on the day linked. */
    record PlannedAccount(long id, Pin pin, String bin, PayChannel kind, String number, LocalDate linkedOn,
                          boolean viaPortal) {
    }

    private final Random random;
    private final YearMonth first;
    private final int year;
    private final LocalDate today;
    private final DemoBanks banks;

    /**
     * @param today the demo's day: the year planned is the twelve months up to this one
     * @param banks the banks the demo pays through, with each person's account there; null: accounts at the
     *              banks and wallets a welfare account may be at, with numbers made up
     */
    PaymentYear(long seed, LocalDate today, DemoBanks banks) {
        this.random = new Random(seed);
        this.first = YearMonth.from(today).minusMonths(11);
        this.year = today.getYear();
        this.today = today;
        this.banks = banks;
    }

    YearMonth first() {
        return first;
    }

    /** How many social-protection beneficiaries and learners for this many residents (at least one each). */
    static int[] sizes(int residents) {
        return new int[] {Math.max(1, (int) Math.round(residents * SOCIAL_PER_RESIDENT)),
                Math.max(1, (int) Math.round(residents * LEARNERS_PER_RESIDENT))};
    }

    /**
     * The beneficiaries of the programmes (picked among the residents of the ages each covers) with their
     * accounts; ids are drawn from {@code ids} in order.
     *
     * @param ids the next beneficiary id, then the next account id, as the tables' sequences give them
     */
    List<Beneficiary> beneficiaries(List<Resident> residents, List<Programme> programmes, IdSource ids) {
        int[] sizes = sizes(residents.size());
        Programme pension = find(programmes, ProgrammeKind.SOCIAL_PENSION);
        Programme assistance = find(programmes, ProgrammeKind.MONTHLY_ASSISTANCE);
        Programme study = find(programmes, ProgrammeKind.STUDY_SUPPORT);
        Set<Pin> social = new HashSet<>();
        List<Resident> pensioners = pension == null ? List.of() : pick(residents, pension, sizes[0]
                * (assistance == null ? 1.0 : ON_PENSION), 200, social);
        List<Resident> assisted = assistance == null ? List.of()
                : pick(residents, assistance, sizes[0] - pensioners.size(), 200, social);
        List<Resident> learners = study == null ? List.of() : pick(residents, study, sizes[1], OLDEST_LEARNER,
                new HashSet<>());
        Map<Pin, PlannedAccount> accounts = new HashMap<>();
        List<Beneficiary> all = new ArrayList<>();
        List<Resident> socialPeople = new ArrayList<>(pensioners);
        socialPeople.addAll(assisted);
        all.addAll(plan(socialPeople, pensioners.size(), pension, assistance, ProgrammeFamily.SOCIAL, accounts, ids));
        all.addAll(plan(learners, learners.size(), study, null, ProgrammeFamily.TUITION, accounts, ids));
        return all;
    }

    private static Programme find(List<Programme> programmes, ProgrammeKind kind) {
        return programmes.stream().filter(p -> p.kind() == kind).findFirst().orElse(null);
    }

    /** Up to {@code wanted} residents of the ages the programme covers (a year's slack), not in {@code taken}. */
    private List<Resident> pick(List<Resident> residents, Programme programme, double wanted, int oldest,
                                Set<Pin> taken) {
        Integer minimum = programme.rule().minimumAge();
        Integer maximum = programme.rule().maximumAge();
        int youngest = minimum == null ? 0 : minimum + 1;
        int upTo = maximum == null ? oldest : maximum - 1;
        List<Resident> fit = new ArrayList<>();
        for (Resident resident : residents) {
            int age = resident.ageIn(year);
            if (age >= youngest && age <= upTo && !taken.contains(resident.pin())) {
                fit.add(resident);
            }
        }
        Collections.shuffle(fit, random);
        List<Resident> picked = fit.subList(0, Math.min(fit.size(), (int) Math.round(wanted)));
        picked.forEach(resident -> taken.add(resident.pin()));
        return picked;
    }

    /**
     * The family's beneficiaries (the first {@code firstCount} under {@code firstProgramme}, the rest under
     * {@code rest}), the first share of them with an account: some linked during the year, so the share rises
     * month by month up to the family's target at its last payment of the year (raised by the returns, which
     * are paid in cash).
     */
    private List<Beneficiary> plan(List<Resident> people, int firstCount, Programme firstProgramme, Programme rest,
                                   ProgrammeFamily family, Map<Pin, PlannedAccount> accounts, IdSource ids) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        int withAccount = (int) Math.round(people.size() * NON_CASH_TARGET.get(family) / (1 - RETURNED));
        int linkedLate = (int) Math.round(withAccount * LINKED_DURING_YEAR);
        int lastPaid = lastPayIndex(firstProgramme);
        int[] accountFrom = new int[people.size()];
        for (int rank = 0; rank < order.size(); rank++) {
            accountFrom[order.get(rank)] = rank >= withAccount ? -1
                    : rank < linkedLate && lastPaid > 0 ? 1 + random.nextInt(lastPaid) : 0;
        }
        List<Beneficiary> planned = new ArrayList<>(people.size());
        for (int i = 0; i < people.size(); i++) {
            Resident person = people.get(i);
            Programme programme = i < firstCount ? firstProgramme : rest;
            int plannedFrom = accountFrom[i];
            PlannedAccount account = plannedFrom < 0 ? null
                    : accounts.computeIfAbsent(person.pin(), pin -> account(pin, plannedFrom, ids));
            int from = account == null ? -1 : Math.max(accountFrom[i], monthIndex(YearMonth.from(account.linkedOn())) + 1);
            PayChannel cash = person.ageIn(year) >= PAID_AT_HOME_FROM ? PayChannel.POST_HOME : PayChannel.POST_CASH;
            planned.add(new Beneficiary(ids.nextBeneficiary(), programme, person, coefficient(programme),
                    programme.kind() == ProgrammeKind.STUDY_SUPPORT ? MONTHS_A_SEMESTER : null, account, from, cash));
        }
        return planned;
    }

    /**
     * The month index of the programme's last payment of the year planned (its pay months as its rule says
     * today), so that accounts linked during the year are all paid into by then.
     */
    private int lastPayIndex(Programme programme) {
        int last = 0;
        for (int index = 0; index < 12; index++) {
            YearMonth month = first.plusMonths(index);
            if (programme != null && programme.rule().payMonths().contains(month.getMonth())
                    && !month.atDay(PAY_DAY).isAfter(today)) {
                last = index;
            }
        }
        return last;
    }

    private BigDecimal coefficient(Programme programme) {
        return switch (programme.kind()) {
            case MONTHLY_ASSISTANCE -> COEFFICIENTS[random.nextInt(COEFFICIENTS.length)];
            case SOCIAL_PENSION -> BigDecimal.ONE;
            default -> null;
        };
    }

    /**
     * An account linked in the month before the month index it is first paid into (index 0: a year or more
     * earlier): the person's at one of the demo's banks, else at a bank or (one in ten) a wallet with a
     * number made up.
     */
    private PlannedAccount account(Pin pin, int from, IdSource ids) {
        boolean wallet = banks == null && random.nextDouble() < E_WALLETS;
        List<String> bins = banks != null ? banks.bins() : SealedAccounts.bins(wallet);
        String bin = bins.get(random.nextInt(bins.size()));
        StringBuilder number = new StringBuilder(banks != null ? banks.numberOf(pin) : wallet ? "09" : bin.substring(3));
        while (number.length() < (wallet ? 10 : 13)) {
            number.append(random.nextInt(10));
        }
        LocalDate linkedOn = from == 0 ? first.minusMonths(1 + random.nextInt(18)).atDay(1 + random.nextInt(28))
                : first.plusMonths(from - 1L).atDay(PAY_DAY + 1 + random.nextInt(19));
        return new PlannedAccount(ids.nextAccount(), pin, bin, wallet ? PayChannel.E_WALLET : PayChannel.BANK_ACCOUNT,
                number.toString(), linkedOn, random.nextDouble() < 0.6);
    }

    /** The index of a month in the year planned (0 for the first, 11 for the current one; negative before). */
    int monthIndex(YearMonth month) {
        return (int) first.until(month, java.time.temporal.ChronoUnit.MONTHS);
    }

    /** Ids drawn from the tables' sequences. */
    interface IdSource {
        long nextBeneficiary();

        long nextAccount();
    }
}
