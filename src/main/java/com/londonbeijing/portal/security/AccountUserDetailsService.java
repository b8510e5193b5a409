package com.londonbeijing.portal.security;

import com.londonbeijing.portal.account.Account;
import com.londonbeijing.portal.account.AccountService;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Signs people in with the accounts in PostgreSQL. The username is matched regardless of
 * case, and the principal carries it as stored. After a correct password whose hash is of
 * an older kind, Spring Security hands the password hashed the current way to
 * {@link #updatePassword}, so old bcrypt hashes disappear as editors sign in.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final AccountService accounts;

	AccountUserDetailsService(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		String typed = (username != null) ? username.strip() : "";
		Account account = this.accounts.findByUsername(typed)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.authorities(account.getRole().authority())
			.disabled(!account.isEnabled())
			.build();
	}

	@Override
	public UserDetails updatePassword(UserDetails user, String newPassword) {
		this.accounts.replacePasswordHash(user.getUsername(), newPassword);
		return User.withUserDetails(user).password(newPassword).build();
	}

}
