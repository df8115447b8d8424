package org.dancu.security.internal;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

/** The staff accounts. Callers that change an account load it with a {@code forUpdate} method. */
public interface StaffAccounts extends CrudRepository<StaffAccount, Long> {

    @Query("SELECT * FROM security.staff_account WHERE username = :username FOR UPDATE")
    Optional<StaffAccount> findByUsernameForUpdate(String username);

    @Query("SELECT * FROM security.staff_account WHERE id = :id FOR UPDATE")
    Optional<StaffAccount> findByIdForUpdate(long id);

    Optional<StaffAccount> findByUsername(String username);

    boolean existsByUsername(String username);
}
