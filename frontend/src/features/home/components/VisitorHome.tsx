import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NoticeBanner } from '../../../components/NoticeBanner';

const CIRCLE_STEPS = ['research', 'feedback', 'curation', 'survivors', 'reach'] as const;
const AUDIENCES = ['practitioners', 'researchers', 'coordinators'] as const;

/** The welcome for visitors: who the network is for, how it works, and the ways in. */
export function VisitorHome() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <NoticeBanner />
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.visitor.title')}</h1>
        <p className="hero__lead">{t('home.visitor.lead')}</p>
        <div className="hero__actions">
          <Link to="/register" className="button button--primary">
            {t('home.visitor.apply')}
          </Link>
          <Link to="/login" className="button button--secondary">
            {t('home.visitor.signIn')}
          </Link>
        </div>
      </section>

      <section className="section" aria-labelledby="home-who">
        <h2 id="home-who">{t('home.visitor.whoTitle')}</h2>
        <ul className="card-grid">
          {AUDIENCES.map((audience) => (
            <li key={audience} className="card">
              <h3 className="card__title">{t(`home.visitor.who.${audience}.title`)}</h3>
              <p>{t(`home.visitor.who.${audience}.text`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section className="section" aria-labelledby="home-circle">
        <h2 id="home-circle">{t('home.visitor.circleTitle')}</h2>
        <p>{t('home.visitor.circleIntro')}</p>
        <ol className="circle-list">
          {CIRCLE_STEPS.map((step) => (
            <li key={step}>{t(`home.visitor.circle.${step}`)}</li>
          ))}
        </ol>
      </section>

      <section className="section" aria-labelledby="home-vetting">
        <h2 id="home-vetting">{t('home.visitor.vettingTitle')}</h2>
        <p>{t('home.visitor.vettingText')}</p>
        <p>
          <Link to="/register">{t('home.visitor.applyLink')}</Link>
        </p>
      </section>
    </div>
  );
}
