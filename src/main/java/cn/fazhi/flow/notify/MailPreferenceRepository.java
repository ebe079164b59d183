package cn.fazhi.flow.notify;

import org.springframework.data.jpa.repository.JpaRepository;

interface MailPreferenceRepository extends JpaRepository<MailPreference, String> {}
