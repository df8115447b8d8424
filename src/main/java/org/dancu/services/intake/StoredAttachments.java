package org.dancu.services.intake;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dossiers' attachments, kept in the database as the scans of paper archives are, so every instance
 * reaches them; stored in the transaction that files the dossier, whose component names the id.
 */
@Repository
class StoredAttachments {

    private final JdbcClient jdbc;

    StoredAttachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the file and returns its id, the component's reference. */
    String add(Attachment attachment, String uploadedBy, Instant at) {
        long id = jdbc.sql("INSERT INTO services.attachment (component_key, file_name, media_type, size_bytes, content, "
                        + "uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING attachment_id")
                .params(attachment.componentKey(), attachment.fileName(), attachment.mediaType(),
                        attachment.content().length, attachment.content(), uploadedBy, at.atOffset(ZoneOffset.UTC))
                .query(Long.class).single();
        return Long.toString(id);
    }
}
