package org.dancu.results.online;

import java.util.List;
import java.util.Locale;
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
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.dancu.results.IssuedResult;
import org.dancu.results.Results;
import org.dancu.results.land.ParcelRecords;
import org.dancu.security.AgencyDirectory;
import org.dancu.security.PinView;
import org.springframework.stereotype.Service;

/**
 * The online answer about a result, for the QR link and for a holder's share link alike: one entry per holder
 * on the ledger (against their ID, so each sees the view under "who used my data") before anything about
 * them leaves, then the minimum to check the result.
 */
@Service
public class OnlineAnswers {

    /** How the visitor came: the QR printed on the result, or a link its holder shared. */
    public enum Way {
        QR("results.online.view", "audit.note.results.online-view"),
        SHARE_LINK("results.share.view", "audit.note.results.share-view");

        private final String action;
        private final String note;

        Way(String action, String note) {
            this.action = action;
            this.note = note;
        }
    }

    static final String PERSON = "person";
    private static final PinView PUBLIC = new PinView(false);

    private final Results results;
    private final RegisteredPersons persons;
    private final AgencyDirectory agencies;
    private final ParcelRecords parcels;
    private final AuditLedger ledger;

    OnlineAnswers(Results results, RegisteredPersons persons, AgencyDirectory agencies, ParcelRecords parcels,
                  AuditLedger ledger) {
        this.results = results;
        this.persons = persons;
        this.agencies = agencies;
        this.parcels = parcels;
        this.ledger = ledger;
    }

    /** The answer about a result by its public id; empty for an id no result has, whatever its shape. */
    Optional<OnlineAnswer> byPublicId(String publicId, String origin, Locale locale) {
        return results.findByPublicId(publicId).map(result -> answer(result, Way.QR, origin, locale));
    }

    /** The answer about a result reached one way or the other, the view on the ledger first. */
    public OnlineAnswer answer(IssuedResult result, Way way, String origin, Locale locale) {
        for (Pin holder : result.holders()) {
            ledger.record(new AuditEntry(Actor.anonymous(""), way.action, PERSON, holder.value(), null, origin,
                    Outcome.SUCCESS, AuditNote.of(way.note, result.code().value())));
        }
        Map<Pin, RegisteredPerson> registered = persons.byPins(result.holders()).stream()
                .collect(Collectors.toMap(RegisteredPerson::pin, Function.identity(), (a, b) -> a));
        List<OnlineAnswer.Holder> holders = result.holders().stream()
                .map(pin -> new OnlineAnswer.Holder(registered.containsKey(pin)
                        ? registered.get(pin).name().fullName() : null, PUBLIC.of(pin.value())))
                .toList();
        String successor = result.successor() == null ? null
                : results.find(result.successor()).map(IssuedResult::publicId).orElse(null);
        List<OnlineAnswer.SectorRow> rows = parcels.of(result).stream()
                .map(row -> new OnlineAnswer.SectorRow(row.certificate(), row.parcel(),
                        row.owner() == null ? null : PUBLIC.of(row.owner().value()), result.holders().contains(row.owner())))
                .toList();
        return new OnlineAnswer(result, agencies.name(result.agencyCode(), locale).orElse(result.agencyCode()),
                holders, successor, rows);
    }

    /** A look-up that found nothing (an unknown or malformed id, an unknown share link), refused on the ledger. */
    void refused(String action, String objectType, String text, String origin) {
        ledger.record(new AuditEntry(Actor.anonymous(""), action, objectType, text, null, origin, Outcome.DENIED,
                null));
    }
}
