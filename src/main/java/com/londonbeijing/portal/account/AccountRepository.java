package com.londonbeijing.portal.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Reads, changes and deletes accounts. New accounts are inserted by
 * {@link AccountService} with SQL, so that a taken username is a result, not an error.
 */
interface AccountRepository extends Repository<Account, Long> {

	@Query("select a from Account a order by lower(a.username)")
	List<Account> findAllOrderedByUsername();

	Optional<Account> findById(long id);

	/** Uses the unique index on {@code username_key}: see {@link Usernames#key}. */
	Optional<Account> findByUsernameKey(String usernameKey);

	@Query("select count(a) from Account a where a.role = com.londonbeijing.portal.account.Role.ADMIN"
			+ " and a.enabled = true and a.id <> :id")
	long countOtherEnabledAdmins(long id);

	Account save(Account account);

	void delete(Account account);

}
