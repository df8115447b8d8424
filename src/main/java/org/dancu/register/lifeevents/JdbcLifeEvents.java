package org.dancu.register.lifeevents;

import static org.dancu.register.PersonField.COMMUNE_CODE;
import static org.dancu.register.PersonField.FAMILY_NAME;
import static org.dancu.register.PersonField.GIVEN_NAME;
import static org.dancu.register.PersonField.MIDDLE_NAME;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.civil.PartialDate;
import org.dancu.civil.Pin;
import org.dancu.civil.ProvinceTime;
import org.dancu.civil.VietnameseText;
import org.dancu.locality.Localities;
import org.dancu.register.LifeEventRefusedException;
import org.dancu.register.LifeEventRequest;
import org.dancu.register.LifeEventType;
import org.dancu.register.LifeEvents;
import org.dancu.register.PersonCorrected;
import org.dancu.register.PersonDied;
import org.dancu.register.PersonDivorced;
import org.dancu.register.PersonField;
import org.dancu.register.PersonHistory;
import org.dancu.register.PersonMarried;
import org.dancu.register.PersonMoved;
import org.dancu.register.PersonRegistered;
import org.dancu.register.importing.ImportProblem;
import org.dancu.register.importing.PersonRules;
import org.dancu.register.internal.AuditActions;
import org.dancu.security.CurrentStaff;
import org.dancu.security.Role;
import org.dancu.security.SqlCondition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records life events: locks the person's row (in scope, in the SQL), rebuilds the timeline, lets
 * {@link PersonTimeline} decide, then writes the event, the revised later events and the new
 * record, audits the change and publishes the domain event, all in one transaction.
 */
@Service
class JdbcLifeEvents implements LifeEvents {

    static final String HOUSEHOLD_ACTION = "register.household.change";
    /** Those who keep population data; administrators manage accounts, agency officers and auditors only read. */
    static final Set<Role> RECORDING_ROLES = Set.of(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
    private static final SqlCondition WHOLE_REGISTER = new SqlCondition("TRUE", Map.of());

    private final CurrentStaff currentStaff;
    private final AuditLedger ledger;
    private final ApplicationEventPublisher events;
    private final LifeEventValues values;
    private final TimelineStore store;
    private final Localities localities;
    private final Clock clock;

    JdbcLifeEvents(CurrentStaff currentStaff, AuditLedger ledger, ApplicationEventPublisher events,
                   Localities localities, TimelineStore store, ProvinceTime time) {
        this.currentStaff = currentStaff;
        this.ledger = ledger;
        this.events = events;
        this.localities = localities;
        this.values = new LifeEventValues(localities);
        this.store = store;
        this.clock = Clock.system(time.zone());
    }

    @Override
    @Transactional
    public Optional<Long> record(long personId, LifeEventRequest request, String origin) {
        requireRecordingRole();
        if (request.type() == LifeEventType.BIRTH || request.type() == LifeEventType.REGISTRATION) {
            throw new LifeEventRefusedException("register.event.error.already-registered");
        }
        LifeEventRequest checked = values.check(request);
        String household = checked.value(PersonField.HOUSEHOLD_ID);
        if (household != null && !store.householdInScope(Long.parseLong(household),
                currentStaff.scope().communes("h.commune_code"))) {
            throw new LifeEventRefusedException("register.event.error.household", PersonField.HOUSEHOLD_ID.name());
        }
        SqlCondition inScope = currentStaff.scope().communes("p.commune_code");
        return store.lockState(personId, inScope)
                .map(before -> apply(personId, before, checked, currentStaff.actor(), origin));
    }

    /**
     * Records an event the register itself derives from another (no officer, no scope): the
     * actor is the system component, and the event is checked like any other.
     */
    @Transactional
    void recordDerived(long personId, LifeEventRequest request, String component) {
        store.lockState(personId, WHOLE_REGISTER)
                .ifPresent(before -> apply(personId, before, request, Actor.system(component), null));
    }

    private long apply(long personId, Map<PersonField, String> before, LifeEventRequest request, Actor actor,
                       String origin) {
        PersonTimeline timeline = new PersonTimeline(before, store.entries(personId));
        Map<PersonField, String> sets = PersonTimeline.sets(request.type(), request.effectiveDate(), request.values());
        PersonTimeline.Splice splice = timeline.splice(request.type(), request.effectiveDate(), sets, today());
        String pin = store.pin(personId);
        requireAgreesWithPin(pin, sets, splice.state());
        String communeFrom = splice.replaced().containsKey(COMMUNE_CODE) ? splice.replaced().get(COMMUNE_CODE)
                : before.get(COMMUNE_CODE);
        String communeTo = sets.getOrDefault(COMMUNE_CODE, null);
        long eventId = store.insertEvent(personId, request, sets, splice.replaced(), communeFrom, communeTo,
                actor.id());
        splice.revised().forEach(store::updateReplaced);
        store.project(personId, splice.state(), currentCommune(splice.state().get(COMMUNE_CODE)));
        audit(actor, personId, pin, request.type(), eventId, origin);
        events.publishEvent(domainEvent(personId, request, communeFrom, splice.state()));
        return eventId;
    }

    @Override
    @Transactional
    public long registerBirth(LifeEventRequest request, String origin) {
        requireRecordingRole();
        if (request.type() != LifeEventType.BIRTH) {
            throw new IllegalArgumentException("a birth registration takes a BIRTH event");
        }
        return register(null, values.check(request), origin);
    }

    @Override
    @Transactional
    public long registerBirth(LifeEventRequest request, Function<LifeEventRequest, Pin> personalId, String origin) {
        requireRecordingRole();
        if (request.type() != LifeEventType.BIRTH) {
            throw new IllegalArgumentException("a birth registration takes a BIRTH event");
        }
        LifeEventRequest birth = values.check(request);
        requireCommuneInScope(birth.value(COMMUNE_CODE));
        String pin = personalId.apply(birth).value();
        PersonRules.disagreements(pin, birth.value(PersonField.SEX), birth.effectiveDate().toString()).stream()
                .findFirst().ifPresent(problem -> {
                    throw new LifeEventRefusedException(problem.messageKey(), "PIN");
                });
        if (store.pinTaken(pin)) {
            throw new LifeEventRefusedException("register.event.error.pin-taken", "PIN");
        }
        return register(pin, birth, origin);
    }

    @Override
    @Transactional
    public long registerPerson(String pin, LifeEventRequest request, String origin) {
        requireRecordingRole();
        if (request.type() != LifeEventType.REGISTRATION) {
            throw new IllegalArgumentException("a registration takes a REGISTRATION event");
        }
        LifeEventRequest registration = values.checkRegistration(pin, request);
        String parsedPin = Pin.parse(pin).value().value();
        if (store.pinTaken(parsedPin)) {
            throw new LifeEventRefusedException("register.event.error.pin-taken", "PIN");
        }
        return register(parsedPin, registration, origin);
    }

    /** A new person whose first event is the checked birth or registration, in a commune of the scope. */
    private long register(String pin, LifeEventRequest first, String origin) {
        String commune = first.value(COMMUNE_CODE);
        requireCommuneInScope(commune);
        Map<PersonField, String> sets = PersonTimeline.sets(first.type(), first.effectiveDate(), first.values());
        PersonTimeline.Splice splice = new PersonTimeline(Map.of(), List.of())
                .splice(first.type(), first.effectiveDate(), sets, today());
        long personId = store.insertPerson(pin, splice.state());
        store.project(personId, splice.state(), currentCommune(commune));
        long eventId = store.insertEvent(personId, first, sets, splice.replaced(), null, commune,
                currentStaff.actor().id());
        audit(currentStaff.actor(), personId, pin, first.type(), eventId, origin);
        LocalDate born = PartialDate.parse(splice.state().get(PersonField.BIRTH_DATE)).value().earliest();
        events.publishEvent(new PersonRegistered(personId, commune, born, first.effectiveDate()));
        return personId;
    }

    private void requireCommuneInScope(String commune) {
        if (!store.communeInScope(commune, currentStaff.scope().communes("p.commune_code"))) {
            throw new LifeEventRefusedException("register.event.error.commune-scope", "COMMUNE_CODE");
        }
    }

    @Override
    @Transactional
    public Optional<Long> foundHousehold(long headPersonId, LifeEventRequest move, String origin) {
        requireRecordingRole();
        if (move.type() != LifeEventType.MOVE_WITHIN) {
            throw new IllegalArgumentException("a household is founded by a MOVE_WITHIN into it");
        }
        LifeEventRequest checked = values.check(move);
        String commune = checked.value(COMMUNE_CODE);
        requireCommuneInScope(commune);
        SqlCondition inScope = currentStaff.scope().communes("p.commune_code");
        Optional<Map<PersonField, String>> before = store.lockState(headPersonId, inScope);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        long householdId = store.insertHousehold(headPersonId, commune, currentCommune(commune),
                checked.value(PersonField.ADDRESS));
        Map<PersonField, String> values = new EnumMap<>(PersonField.class);
        values.putAll(checked.values());
        values.put(PersonField.HOUSEHOLD_ID, String.valueOf(householdId));
        values.put(PersonField.RELATION_TO_HEAD, "HEAD");
        apply(headPersonId, before.get(), new LifeEventRequest(LifeEventType.MOVE_WITHIN, checked.effectiveDate(),
                checked.source(), values, null), currentStaff.actor(), origin);
        ledger.record(new AuditEntry(currentStaff.actor(), HOUSEHOLD_ACTION, "household", String.valueOf(householdId),
                null, origin, Outcome.SUCCESS, "founded with the head person " + headPersonId));
        return Optional.of(householdId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PersonHistory> history(long personId, LocalDate asOf, String origin) {
        SqlCondition inScope = currentStaff.scope().persons("p.person_id", "p.commune_code");
        Optional<Map<PersonField, String>> current = store.state(personId, inScope);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        PersonTimeline timeline = new PersonTimeline(current.get(), store.entries(personId));
        String pin = store.pin(personId);
        ledger.record(new AuditEntry(currentStaff.actor(), AuditActions.READ, "person",
                objectId(personId, pin), null, origin, Outcome.SUCCESS,
                AuditNote.of("audit.note.history-as-of", PartialDate.of(asOf).toDayFirst())));
        return Optional.of(new PersonHistory(personId, fullName(current.get()), store.timeline(personId), asOf,
                timeline.asOf(asOf)));
    }

    /**
     * A change of sex or birth date must agree with the personal ID, as an imported row must
     * ({@link PersonRules#disagreements}); a person without an ID yet has nothing to disagree with.
     */
    private static void requireAgreesWithPin(String pin, Map<PersonField, String> sets,
                                             Map<PersonField, String> state) {
        for (ImportProblem problem : PersonRules.disagreements(pin, state.get(PersonField.SEX),
                state.get(PersonField.BIRTH_DATE))) {
            PersonField concerned = problem == ImportProblem.PIN_SEX_MISMATCH ? PersonField.SEX : PersonField.BIRTH_DATE;
            if (sets.containsKey(concerned)) {
                throw new LifeEventRefusedException(problem.messageKey(), "value");
            }
        }
    }

    @Override
    public boolean mayRecord() {
        return currentStaff.principal().map(p -> RECORDING_ROLES.contains(p.getRole())).orElse(false);
    }

    private void requireRecordingRole() {
        if (!mayRecord()) {
            throw new AccessDeniedException("recording life events needs a province or commune officer");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void audit(Actor actor, long personId, String pin, LifeEventType type, long eventId, String origin) {
        ledger.record(new AuditEntry(actor, AuditActions.CHANGE, "person", objectId(personId, pin), null,
                origin, Outcome.SUCCESS,
                AuditNote.of("audit.note.life-event", AuditNote.label("register.event.type." + type), eventId)));
    }

    /** A person registered at birth may not have a PIN yet: the register's id names them then. */
    static String objectId(long personId, String pin) {
        return pin != null ? pin : "register:" + personId;
    }

    /** The current commune of a residence today; none for a split commune until its address is reviewed. */
    private String currentCommune(String communeCode) {
        return communeCode == null ? null : localities.currentCommune(communeCode, today()).currentCode().orElse(null);
    }

    static String fullName(Map<PersonField, String> state) {
        return Stream.of(state.get(FAMILY_NAME), state.get(MIDDLE_NAME), state.get(GIVEN_NAME))
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
    }

    static String nameKey(Map<PersonField, String> state) {
        return VietnameseText.asciiKey(fullName(state));
    }

    static int birthYear(Map<PersonField, String> state) {
        return PartialDate.parse(state.get(PersonField.BIRTH_DATE)).orElseThrow().year();
    }

    private static Object domainEvent(long personId, LifeEventRequest request, String communeFrom,
                                      Map<PersonField, String> after) {
        String commune = after.get(COMMUNE_CODE);
        LocalDate date = request.effectiveDate();
        return switch (request.type()) {
            case DEATH -> new PersonDied(personId, commune, date);
            case MOVE_IN, MOVE_OUT, MOVE_WITHIN -> new PersonMoved(personId, request.type(),
                    request.type() == LifeEventType.MOVE_IN ? null : communeFrom, commune,
                    !"false".equals(after.get(PersonField.RESIDENT)), date);
            case MARRIAGE -> new PersonMarried(personId, commune, date);
            case DIVORCE -> new PersonDivorced(personId, commune, date);
            case CORRECTION -> new PersonCorrected(personId, commune, request.values().keySet().iterator().next(), date);
            case BIRTH, REGISTRATION -> throw new IllegalStateException("a person's first event is not recorded");
        };
    }
}
