package org.dancu.national.internal;

import java.util.List;
import java.util.Optional;

import org.dancu.civil.Pin;
import org.dancu.national.ChangePage;
import org.dancu.national.FeedStatus;
import org.dancu.national.NationalChange;
import org.dancu.national.NationalDatabase;
import org.dancu.register.LifeEventRefusedException;
import org.dancu.register.LifeEventRequest;
import org.dancu.register.LifeEvents;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.dancu.security.SystemStaff;

/**
 * Reads the change feed from the stored cursor to its end and records each change through the
 * register's life events, as the system acting for the province, so every change is scoped, audited
 * and published as the register's domain event. A change the register cannot take is skipped with
 * its reason; the cursor moves past it either way, so one bad change never blocks the feed.
 */
final class FeedApplier {

    static final String ACTOR = "system.national";
    static final int PAGE = 200;

    private final NationalDatabase national;
    private final RegisteredPersons register;
    private final LifeEvents lifeEvents;
    private final FeedStore feed;
    private final String provinceCode;

    FeedApplier(NationalDatabase national, RegisteredPersons register, LifeEvents lifeEvents, FeedStore feed,
                String provinceCode) {
        this.national = national;
        this.register = register;
        this.lifeEvents = lifeEvents;
        this.feed = feed;
        this.provinceCode = provinceCode;
    }

    FeedStatus applyAll() {
        while (true) {
            ChangePage page = national.changesSince(feed.status().cursor(), PAGE);
            page.changes().forEach(this::apply);
            boolean caughtUp = page.changes().size() < PAGE;
            feed.polled(caughtUp);
            if (caughtUp) {
                return feed.status();
            }
        }
    }

    private void apply(NationalChange change) {
        Optional<RegisteredPerson> person = Pin.parse(change.pin()).toOptional().flatMap(register::byPin);
        if (person.isEmpty()) {
            feed.taken(change, null, change.kind().equals("BIRTH") ? "national.feed.skip.birth"
                    : "national.feed.skip.unknown");
            return;
        }
        long personId = person.get().personId();
        String skipped = SystemStaff.callAs(ACTOR, provinceCode, () -> {
            try {
                List<LifeEventRequest> events = FeedTranslation.events(change, person.get());
                for (LifeEventRequest event : events) {
                    if (lifeEvents.record(personId, event, null).isEmpty()) {
                        return "national.feed.skip.scope";
                    }
                }
                return null;
            } catch (FeedTranslation.Skip skip) {
                return skip.getMessage();
            } catch (LifeEventRefusedException refused) {
                return refused.messageKey();
            }
        });
        feed.taken(change, personId, skipped);
    }
}
