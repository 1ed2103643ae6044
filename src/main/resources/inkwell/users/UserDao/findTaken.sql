SELECT 'username' FROM users WHERE lower(username) = lower(:username) AND id <> :exceptId
UNION ALL
SELECT 'email' FROM users WHERE email = :email AND id <> :exceptId
