package org.dancu.payments.reconciliation;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;

import org.dancu.civil.Pin;
import org.dancu.civil.ProvinceTime;
import org.dancu.notify.Channel;
import org.dancu.notify.Notifications;
import org.dancu.notify.Recipient;
import org.dancu.notify.Template;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells each citizen whose payment a bank's message booked or returned, in their portal inbox, after the
 * message was applied: the lines it moved are read in pages, so a message of any size is told in bulk
 * without holding its lines. Delivered through the event outbox, so a failure here is retried.
 */
@Component
class PaymentNotices {

    /** Values: programme, period, amount in dong, the booking date. */
    static final Template PAID = new Template("payments.recon.template.paid");
    /** Values: programme, period, amount in dong, the bank's reason in words. */
    static final Template RETURNED = new Template("payments.recon.template.returned");

    private static final int PAGE = 5_000;

    private record Moved(long lineId, Pin pin, String status, long amount, LocalDate paidOn, String programme,
                         String period, String reason) {
    }

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final ProvinceTime time;
    private final MessageSource messages;

    PaymentNotices(JdbcClient jdbc, Notifications notifications, ProvinceTime time, MessageSource messages) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.time = time;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(BankMessageReconciled event) {
        NumberFormat dong = NumberFormat.getIntegerInstance(Recipient.VIETNAMESE);
        long after = 0;
        for (List<Moved> page = page(event.messageId(), after); !page.isEmpty(); page = page(event.messageId(), after)) {
            for (Moved line : page) {
                Recipient recipient = Recipient.citizen(line.pin());
                if ("PAID".equals(line.status())) {
                    notifications.send(recipient, Channel.INBOX, PAID, line.programme(), line.period(),
                            dong.format(line.amount()), time.date(line.paidOn()));
                } else {
                    notifications.send(recipient, Channel.INBOX, RETURNED, line.programme(), line.period(),
                            dong.format(line.amount()), reason(line.reason()));
                }
                after = line.lineId();
            }
        }
    }

    /** The bank's reason in Vietnamese words; a code the module does not know reads as "another reason". */
    private String reason(String code) {
        String other = messages.getMessage("payments.reason.other", null, Recipient.VIETNAMESE);
        return code == null ? other : messages.getMessage("payments.reason." + code, null, other, Recipient.VIETNAMESE);
    }

    private List<Moved> page(long messageId, long after) {
        return jdbc.sql("""
                        SELECT l.id, l.pin, l.status, l.amount, l.paid_on, p.name_vi, c.period, l.reason_code
                        FROM payments.line l
                        JOIN payments.cycle c ON c.id = l.cycle_id
                        JOIN payments.programme p ON p.code = c.programme_code
                        WHERE l.answered_by = :message AND l.status IN ('PAID', 'RETURNED') AND l.id > :after
                        ORDER BY l.id LIMIT :page""")
                .param("message", messageId).param("after", after).param("page", PAGE)
                .query((rs, i) -> new Moved(rs.getLong(1), Pin.of(rs.getString(2)), rs.getString(3), rs.getLong(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
    }
}
