package org.dancu.exchange.gateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.civil.Pin;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.dancu.exchange.consent.Consents;
import org.dancu.exchange.partners.Attribute;
import org.dancu.exchange.partners.Operation;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verify and retrieve, each audited before its answer leaves: what was compared (never the values)
 * or what was disclosed, for which purpose, end user and case.
 */
@Service
public class Exchanges {

    /** The attributes' names for people (exchange.attribute.fullName …), as the audit notes list them. */
    private static final String ATTRIBUTE_LABEL = "exchange.attribute.";

    private final RegisteredPersons register;
    private final Consents consents;
    private final ExchangeAudit audit;
    private final JsonMapper json;

    Exchanges(RegisteredPersons register, Consents consents, ExchangeAudit audit, JsonMapper json) {
        this.register = register;
        this.consents = consents;
        this.audit = audit;
        this.json = json;
    }

    record Verification(String requestId, String requestDigest, Map<String, Verifier.Result> results) {
    }

    record Retrieval(String requestId, String requestDigest, Map<String, String> attributes) {
    }

    Verification verify(PartnerRequest request) {
        JsonBody body = parse(request, Operation.VERIFY);
        String pin = checked(request, Operation.VERIFY, () -> CallContext.checkedPin(body.text("pin")));
        CallContext context = checked(request, Operation.VERIFY, body::context);
        Map<String, String> claimedByName = checked(request, Operation.VERIFY, () -> body.textMap("attributes"));
        allow(request, Operation.VERIFY, pin, context, claimedByName.keySet());
        Map<Attribute, String> claimed = new LinkedHashMap<>();
        claimedByName.forEach((name, value) -> claimed.put(Attribute.byApiName(name).orElseThrow(), value));
        Map<Attribute, Verifier.Result> results = Verifier.compare(held(pin), claimed);
        audit.personCall(request, Operation.VERIFY, pin, context, Outcome.SUCCESS, "audit.note.partner-compared",
                AuditNote.labels(ATTRIBUTE_LABEL, claimedByName.keySet()));
        Map<String, Verifier.Result> answer = new LinkedHashMap<>();
        results.forEach((attribute, result) -> answer.put(attribute.apiName(), result));
        return new Verification(request.requestId().toString(), request.requestDigest(), answer);
    }

    Retrieval retrieve(PartnerRequest request) {
        JsonBody body = parse(request, Operation.RETRIEVE);
        String pin = checked(request, Operation.RETRIEVE, () -> CallContext.checkedPin(body.text("pin")));
        CallContext context = checked(request, Operation.RETRIEVE, body::context);
        List<String> names = checked(request, Operation.RETRIEVE, () -> body.textList("attributes"));
        allow(request, Operation.RETRIEVE, pin, context, names);
        Optional<RegisteredPerson> person = held(pin);
        // no consent and no person answer alike: a retrieval never confirms that an ID exists
        if (person.isEmpty() || !consents.covers(pin, request.partnerCode(), context.purpose(), names)) {
            refuse(request, Operation.RETRIEVE, pin, context, ExchangeError.CONSENT_MISSING);
        }
        Map<String, String> disclosed = new LinkedHashMap<>();
        for (String name : names) {
            disclosed.put(name, Attribute.byApiName(name).orElseThrow().valueOf(person.get()));
        }
        audit.personCall(request, Operation.RETRIEVE, pin, context, Outcome.SUCCESS, "audit.note.partner-disclosed",
                AuditNote.labels(ATTRIBUTE_LABEL, disclosed.keySet()));
        return new Retrieval(request.requestId().toString(), request.requestDigest(), disclosed);
    }

    /** The person holding an ID of the right shape; none for one that is not a valid ID. */
    private Optional<RegisteredPerson> held(String pin) {
        return Pin.parse(pin).toOptional().flatMap(register::byPin);
    }

    public JsonBody parse(PartnerRequest request, Operation operation) {
        return checked(request, operation, () -> JsonBody.parse(json, request.body()));
    }

    /** Runs a step of reading the body; a malformed body is audited as a denial before it is refused. */
    public <T> T checked(PartnerRequest request, Operation operation, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (ExchangeRefusal refusal) {
            audit.partnerCall(request, operation, null, null, Outcome.DENIED, "refused: " + refusal.error().code());
            throw refusal;
        }
    }

    /** The policy's verdict on the operation, purpose and attributes; a refusal is audited first. */
    public void allow(PartnerRequest request, Operation operation, String pin, CallContext context,
                      Iterable<String> attributes) {
        ExchangeError refusal = request.policy().refusal(operation, context.purpose(), attributes);
        if (refusal != null) {
            refuse(request, operation, pin, context, refusal);
        }
    }

    private void refuse(PartnerRequest request, Operation operation, String pin, CallContext context,
                        ExchangeError error) {
        audit.personCall(request, operation, pin, context, Outcome.DENIED, "audit.note.partner-refused",
                AuditNote.label("exchange.problem." + error.code() + ".title"));
        throw new ExchangeRefusal(error);
    }
}
