package org.dancu.services.intake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.civil.Pin;
import org.dancu.civil.ProvinceTime;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.dancu.results.ResultCode;
import org.dancu.results.ReuseAnswer;
import org.dancu.results.ResultReuse;
import org.dancu.results.ResultStatus;
import org.dancu.results.Results;
import org.dancu.services.ComponentSource;
import org.dancu.services.DossierCode;
import org.dancu.services.DossierComponent;
import org.dancu.services.DossierRefusedException;
import org.dancu.services.DossierStatus;
import org.dancu.services.Dossiers;
import org.dancu.services.LegDefinition;
import org.dancu.services.NewDossier;
import org.dancu.services.Procedure;
import org.dancu.services.Procedures;
import org.dancu.services.SuppliedComponent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one check every intake channel passes a dossier through before {@link Dossiers#file}: the procedure
 * in effect, the applicant and the person it is about in the register (living, resident in the province),
 * every required component present, a component the state holds taken from it and never asked (the re-ask
 * flag set where the applicant still supplied one), attachments checked by content, no open dossier for
 * the same procedure and person. A refusal files nothing, stores nothing and is on the ledger; the filing
 * itself is ledgered by {@link Dossiers#file}.
 */
@Service
class DossierIntake {

    static final String REFUSED = "services.intake.refused";
    /** The declaration naming the person a death procedure is about. */
    static final String DECEASED = "deceased-pin";
    private static final String CALLER = "services.intake";
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Procedures procedures;
    private final RegisteredPersons persons;
    private final Results results;
    private final ResultReuse reuse;
    private final Dossiers dossiers;
    private final StoredAttachments attachments;
    private final AuditLedger ledger;

    DossierIntake(Procedures procedures, RegisteredPersons persons, Results results, ResultReuse reuse,
                  Dossiers dossiers, StoredAttachments attachments, AuditLedger ledger) {
        this.procedures = procedures;
        this.persons = persons;
        this.results = results;
        this.reuse = reuse;
        this.dossiers = dossiers;
        this.attachments = attachments;
        this.ledger = ledger;
    }

    /**
     * Checks and files the dossier.
     *
     * @param actor who sends it (the citizen, the counter's officer, the interconnection software), for the ledger
     * @throws DossierRefusedException ({@link MissingComponentsException} for missing components); nothing filed
     */
    @Transactional
    public DossierCode file(IntakeRequest request, Actor actor, String origin) {
        try {
            return dossiers.file(checked(request));
        } catch (DossierRefusedException refused) {
            ledger.record(new AuditEntry(actor, REFUSED, "person", request.applicant().value(), null, origin,
                    Outcome.DENIED, AuditNote.of("audit.note.services.intake.refused", request.procedure().value(),
                    AuditNote.label(reasonLabel(refused.messageKey())))));
            throw refused;
        }
    }

    /** The words for a refusal's reason on the ledger, without its arguments. */
    static String reasonLabel(String messageKey) {
        return messageKey.startsWith("services.intake.refused.")
                ? "services.intake.reason." + messageKey.substring("services.intake.refused.".length())
                : "services.intake.reason.other";
    }

    private NewDossier checked(IntakeRequest request) {
        LocalDate day = request.receivedAt().atZone(ProvinceTime.VIETNAM).toLocalDate();
        Procedure procedure = procedures.find(request.procedure(), day)
                .orElseThrow(() -> new DossierRefusedException("services.intake.refused.unknown-procedure",
                        request.procedure().value()));
        RegisteredPerson applicant = livingResident(request.applicant(), "applicant");
        checkLegs(procedure, request);
        Map<String, String> declaration = declared(procedure, request.declaration());
        checkDeclaredValues(procedure, declaration, day);
        RegisteredPerson subject = declaration.containsKey(DECEASED)
                ? livingResident(Pin.of(declaration.get(DECEASED)), "deceased") : null;
        List<SuppliedComponent> components = components(procedure, request, declaration);
        Pin subjectPin = subject == null ? null : subject.pin();
        refuseDuplicate(procedure, request.applicant(), subjectPin);
        String commune = commune(subject != null ? subject : applicant);
        return new NewDossier(procedure.code(), request.channel(), request.applicant(), subjectPin, commune,
                declaration, components, request.chosenLegs(), request.filedBy(), request.idempotencyKey(),
                request.receivedAt());
    }

    /** A person the register knows, alive and living in the province; {@code role} names them in the refusal. */
    private RegisteredPerson livingResident(Pin pin, String role) {
        RegisteredPerson person = persons.byPin(pin)
                .orElseThrow(() -> new DossierRefusedException("services.intake.refused." + role + "-unknown"));
        if (!person.alive()) {
            throw new DossierRefusedException("services.intake.refused." + role + "-dead");
        }
        if (!person.resident()) {
            throw new DossierRefusedException("services.intake.refused.outside-province");
        }
        return person;
    }

    private static void checkLegs(Procedure procedure, IntakeRequest request) {
        List<String> optional = procedure.legs().stream().filter(LegDefinition::optional).map(LegDefinition::key).toList();
        for (String leg : request.chosenLegs()) {
            if (!optional.contains(leg)) {
                throw new DossierRefusedException("services.intake.refused.unknown-leg", leg);
            }
        }
    }

    /** The declared values of the procedure's declaration components, trimmed; blank and foreign keys left out. */
    private static Map<String, String> declared(Procedure procedure, Map<String, String> sent) {
        Map<String, String> declaration = new LinkedHashMap<>();
        for (DossierComponent component : procedure.components()) {
            String value = sent.get(component.key());
            if (component.source() == ComponentSource.DECLARATION && value != null && !value.isBlank()) {
                declaration.put(component.key(), value.strip());
            }
        }
        return declaration;
    }

    /** Personal IDs must be valid IDs the register knows, dates real days not in the future. */
    private void checkDeclaredValues(Procedure procedure, Map<String, String> declaration, LocalDate today) {
        Map<String, DossierComponent> byKey = procedure.components().stream()
                .collect(Collectors.toMap(DossierComponent::key, Function.identity()));
        declaration.forEach((key, value) -> {
            DossierComponent component = byKey.get(key);
            if (key.endsWith("-pin")) {
                Optional<Pin> pin = Pin.parse(value).toOptional();
                if (pin.isEmpty()) {
                    throw new ComponentRefusedException("services.intake.refused.pin-invalid", component);
                }
                if (!key.equals(DECEASED) && persons.byPin(pin.get()).isEmpty()) {
                    throw new ComponentRefusedException("services.intake.refused.person-unknown", component);
                }
            } else if (key.endsWith("-date")) {
                LocalDate date = day(value).orElseThrow(
                        () -> new ComponentRefusedException("services.intake.refused.date-invalid", component));
                if (date.isAfter(today)) {
                    throw new ComponentRefusedException("services.intake.refused.date-future", component);
                }
            }
        });
    }

    static Optional<LocalDate> day(String text) {
        for (DateTimeFormatter format : List.of(DAY_FIRST, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), format));
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        return Optional.empty();
    }

    /** A component as received: ready, or an upload whose file is stored once every check has passed. */
    private record Received(SuppliedComponent ready, Attachment file, boolean reAsked) {

        static Received ready(SuppliedComponent component) {
            return new Received(component, null, false);
        }

        static Received upload(Attachment file, boolean reAsked) {
            return new Received(null, file, reAsked);
        }
    }

    private List<SuppliedComponent> components(Procedure procedure, IntakeRequest request,
                                               Map<String, String> declaration) {
        Map<String, Attachment> files = new LinkedHashMap<>();
        for (Attachment file : request.attachments()) {
            if (procedure.components().stream().noneMatch(c -> c.key().equals(file.componentKey()))) {
                throw new DossierRefusedException("services.intake.refused.attachment-unknown", file.fileName());
            }
            files.put(file.componentKey(), file.checked());
        }
        List<Received> received = new ArrayList<>();
        List<DossierComponent> missing = new ArrayList<>();
        for (DossierComponent component : procedure.components()) {
            Attachment file = files.get(component.key());
            Optional<Received> given = switch (component.source()) {
                case REGISTER -> Optional.of(Received.ready(new SuppliedComponent(component.key(),
                        ComponentSource.REGISTER, null, file != null)));
                case DECLARATION -> declaration.containsKey(component.key())
                        ? Optional.of(Received.ready(new SuppliedComponent(component.key(), ComponentSource.DECLARATION,
                        null, false))) : Optional.empty();
                case RESULT -> result(component, request, file);
                case UPLOAD -> Optional.ofNullable(file).map(f -> Received.upload(f, false));
            };
            given.ifPresentOrElse(received::add, () -> {
                if (component.required()) {
                    missing.add(component);
                }
            });
        }
        if (!missing.isEmpty()) {
            throw new MissingComponentsException(missing);
        }
        return received.stream().map(r -> r.ready() != null ? r.ready()
                : new SuppliedComponent(r.file().componentKey(), ComponentSource.UPLOAD,
                attachments.add(r.file(), uploader(request), request.receivedAt()), r.reAsked())).toList();
    }

    /**
     * A result the applicant names, else their upload (flagged as re-asked when they hold a result of the type
     * asked for), else a result they hold of that type, taken without asking them.
     */
    private Optional<Received> result(DossierComponent component, IntakeRequest request, Attachment file) {
        String named = request.results().get(component.key());
        if (named != null && !named.isBlank()) {
            ResultCode code = ResultCode.read(named.strip()).toOptional().orElseThrow(() -> new DossierRefusedException(
                    "services.intake.refused.result-unknown", named.strip()));
            return Optional.of(Received.ready(usable(component, request, code)));
        }
        Optional<ResultCode> held = results.ofHolder(request.applicant()).stream()
                .filter(r -> r.type() == component.resultType() && r.status() == ResultStatus.VALID)
                .map(r -> r.code()).findFirst();
        if (file != null) {
            return Optional.of(Received.upload(file, held.isPresent()));
        }
        return held.map(code -> Received.ready(usable(component, request, code)));
    }

    private SuppliedComponent usable(DossierComponent component, IntakeRequest request, ResultCode code) {
        ReuseAnswer answer = reuse.check(code, request.applicant(), component.resultType(), CALLER);
        if (!(answer instanceof ReuseAnswer.Usable)) {
            throw new DossierRefusedException("services.intake.refused.result-not-usable", code.value());
        }
        return new SuppliedComponent(component.key(), ComponentSource.RESULT, code.value(), false);
    }

    private static String uploader(IntakeRequest request) {
        return request.filedBy() != null ? request.filedBy() : "citizen";
    }

    private void refuseDuplicate(Procedure procedure, Pin applicant, Pin subject) {
        dossiers.ofApplicant(applicant).stream()
                .filter(d -> d.procedure().equals(procedure.code()))
                .filter(d -> d.status() == DossierStatus.IN_PROGRESS || d.status() == DossierStatus.SUSPENDED)
                .filter(d -> subject != null && subject.equals(d.subject()))
                .findFirst()
                .ifPresent(open -> {
                    throw new DossierRefusedException("services.intake.refused.duplicate", open.code().value());
                });
    }

    private static String commune(RegisteredPerson person) {
        return person.currentCommuneCode() != null ? person.currentCommuneCode() : person.communeCode();
    }
}
