package org.dancu.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditRecord;
import org.dancu.audit.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class LedgerSearchTest {

    @Autowired AuditLedger ledger;
    @Autowired LedgerSearch search;

    @Test
    void pagesWalkBackAndForthWithoutGapsOrOverlaps() {
        String actor = "pager-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            ledger.record(new AuditEntry(Actor.staff(actor), "register.person.read", "person", "p" + i, null, null,
                    Outcome.SUCCESS, null));
        }
        LedgerSearch.Filter filter = new LedgerSearch.Filter(actor, null, null, null, null, null);

        LedgerSearch.Page first = search.page(filter, null, null, 2);
        LedgerSearch.Page second = search.page(filter, first.olderThan(), null, 2);
        LedgerSearch.Page third = search.page(filter, second.olderThan(), null, 2);
        LedgerSearch.Page backToSecond = search.page(filter, null, third.newerThan(), 2);

        assertThat(objects(first)).containsExactly("p4", "p3");
        assertThat(first.newerThan()).isNull();
        assertThat(objects(second)).containsExactly("p2", "p1");
        assertThat(objects(third)).containsExactly("p0");
        assertThat(third.olderThan()).isNull();
        assertThat(backToSecond).isEqualTo(second);
        assertThat(search.page(filter, null, backToSecond.newerThan(), 2).newerThan()).isNull();
    }

    @Test
    void pageSizeOutsideItsBoundsIsRefused() {
        assertThatThrownBy(() -> search.findByObject("person", "x", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> search.findByObject("person", "x", 1001)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> objects(LedgerSearch.Page page) {
        return page.records().stream().map(AuditRecord::entry).map(AuditEntry::objectId).toList();
    }
}
