package com.londonbeijing.portal.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.londonbeijing.portal.database.DatabaseAvailability;
import com.londonbeijing.portal.database.DatabaseOutage;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Keeps signed-in editors signed in on this instance while the database is unreachable,
 * so that a save failing for that reason can show the form again with their input instead
 * of sending them to the sign-in page.
 * <p>
 * Sessions live in PostgreSQL (Spring Session JDBC) and are read from there on every
 * request, as any instance may have changed them. This instance also remembers the
 * sessions it read or stored lately; only when the database cannot be reached does it
 * fall back on that copy, and only on one the database confirmed within the last
 * {@link #TRUSTED_FOR}. Changes to a session made during an outage are not stored. This
 * is a fallback, not a cache: nothing is shared through it, and it is read only while the
 * database fails, and while {@link DatabaseAvailability} takes it to be down after a
 * failure (so that one request does not wait for a connection timeout at every session
 * read and write).
 */
final class OutageTolerantSessionRepository implements FindByIndexNameSessionRepository<Session> {

	static final Duration TRUSTED_FOR = Duration.ofMinutes(5);

	private static final int MAX_REMEMBERED = 10_000;

	private static final Log logger = LogFactory.getLog(OutageTolerantSessionRepository.class);

	private final FindByIndexNameSessionRepository<Session> sessions;

	private final Map<String, Remembered> remembered = Collections
		.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
				return size() > MAX_REMEMBERED;
			}

		});

	private final DatabaseAvailability database;

	@SuppressWarnings("unchecked")
	OutageTolerantSessionRepository(FindByIndexNameSessionRepository<? extends Session> sessions,
			DatabaseAvailability database) {
		this.sessions = (FindByIndexNameSessionRepository<Session>) sessions;
		this.database = database;
	}

	/**
	 * Wraps Spring Session's JDBC repository, which the session filter then uses.
	 * @param database looked up only when the repository is wrapped, so that it is an
	 * ordinary bean (not one made early for a post-processor)
	 * @return the post-processor
	 */
	static BeanPostProcessor wrapper(ObjectProvider<DatabaseAvailability> database) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository jdbc)
						? new OutageTolerantSessionRepository(jdbc, database.getObject()) : bean;
			}

		};
	}

	@Override
	public Session createSession() {
		return this.sessions.createSession();
	}

	@Override
	public void save(Session session) {
		if (this.database.assumedDown() && trustedCopy(session.getId()) == session) {
			return; // read from the fallback a moment ago: the database would refuse it
					// too
		}
		try {
			this.sessions.save(session);
			this.remembered.put(session.getId(), new Remembered(session, Instant.now()));
			this.database.reachable();
		}
		catch (RuntimeException ex) {
			if (!DatabaseOutage.isOutage(ex)) {
				throw ex;
			}
			this.database.unreachable();
			logger.warn("Could not store a session's changes, the database is unreachable: " + ex.getMessage());
		}
	}

	@Override
	public Session findById(String id) {
		if (this.database.assumedDown()) {
			Session copy = trustedCopy(id);
			if (copy != null) {
				return copy;
			}
		}
		try {
			Session session = this.sessions.findById(id);
			// The database is back: sessions are read and stored there again at once.
			// Otherwise a session read from the copy would have its changes (a new CSRF
			// token, say) dropped although the database could take them.
			this.database.reachable();
			if (session != null) {
				this.remembered.put(id, new Remembered(session, Instant.now()));
			}
			else {
				this.remembered.remove(id);
			}
			return session;
		}
		catch (RuntimeException ex) {
			if (!DatabaseOutage.isOutage(ex)) {
				throw ex;
			}
			this.database.unreachable();
			Session copy = trustedCopy(id);
			if (copy == null) {
				throw ex;
			}
			return copy;
		}
	}

	/**
	 * The remembered session, if the database confirmed it lately and it has not expired.
	 */
	private Session trustedCopy(String id) {
		Remembered copy = this.remembered.get(id);
		if (copy == null || copy.confirmedAt().plus(TRUSTED_FOR).isBefore(Instant.now())
				|| copy.session().isExpired()) {
			return null;
		}
		return copy.session();
	}

	@Override
	public void deleteById(String id) {
		this.remembered.remove(id);
		this.sessions.deleteById(id);
	}

	@Override
	public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return this.sessions.findByIndexNameAndIndexValue(indexName, indexValue);
	}

	private record Remembered(Session session, Instant confirmedAt) {
	}

}
