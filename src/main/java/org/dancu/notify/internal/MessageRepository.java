package org.dancu.notify.internal;

import org.springframework.data.repository.CrudRepository;

/** The outbox's messages. The dispatcher's claims and the inbox are in {@link OutboxQuery}. */
interface MessageRepository extends CrudRepository<Message, Long> {
}
