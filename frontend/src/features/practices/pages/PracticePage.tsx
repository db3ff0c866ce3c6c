import type { Practice } from '@pn/shared';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/States';
import { isApiError } from '../../../lib/http';
import { useCurrentUser } from '../../../lib/currentUser';
import { useLocale } from '../../../lib/useLocale';
import { usePageTitle } from '../../../lib/usePageTitle';
import { RatingGovernance } from '../../ratings';
import { CitationBox, citationFacts } from '../../research';
import { practiceHref } from '../api';
import { isPublished } from '../curation';
import { AuthorPanel } from '../components/AuthorPanel';
import { CompletenessBadges } from '../components/CompletenessBadges';
import { CurationBadge } from '../components/CurationBadge';
import { EvaluationForm } from '../components/EvaluationForm';
import { EvaluationList } from '../components/EvaluationList';
import { EvidencePanel, HarmWarning } from '../components/EvidencePanel';
import { FeedbackSection } from '../components/FeedbackSection';
import { HistoryList } from '../components/HistoryList';
import { PracticeDetails } from '../components/PracticeDetails';
import { PracticeNotFound } from '../components/PracticeNotFound';
import { RelatedResources } from '../components/RelatedResources';
import { ReviewPanel } from '../components/ReviewPanel';
import { RevisionCompare } from '../components/RevisionCompare';
import { useMetaDescription } from '../hooks/useMetaDescription';
import { usePractice } from '../hooks/usePractices';
import '../practices.css';

/** A practice's page, public once published: at /practices/:id/:slug, the address to share. */
export function PracticePage() {
  const { id = '' } = useParams();
  const practice = usePractice(id);
  usePageTitle(practice.data?.title ?? null);
  useMetaDescription(practice.data?.summary);

  if (practice.isPending) return <LoadingState />;
  if (practice.isError) {
    if (isApiError(practice.error) && practice.error.status === 404) return <PracticeNotFound />;
    return <ErrorState error={practice.error} onRetry={() => void practice.refetch()} />;
  }
  return <PracticeView practice={practice.data} />;
}

/** Keeps the address the clean one (/practices/:id/:slug), also after the title, and so the slug, changed. */
function useCanonicalAddress(practice: Practice) {
  const location = useLocation();
  const navigate = useNavigate();
  const href = practiceHref(practice);
  useEffect(() => {
    if (location.pathname !== href) void navigate({ pathname: href, hash: location.hash }, { replace: true });
  }, [href, location.pathname, location.hash, navigate]);
}

function PracticeView({ practice }: { practice: Practice }) {
  const { t } = useTranslation();
  const { formatDate } = useLocale();
  useCanonicalAddress(practice);
  const { user } = useCurrentUser();
  // The author keeps their panel while the practice is under review, when it cannot be edited.
  const isAuthor = practice.canEdit || (user !== null && user !== undefined && practice.author?.id === user.id);
  const followsCuration = isAuthor || practice.canReview;

  return (
    <div className="page practice-page">
      <p className="breadcrumb">
        <Link to="/practices">{t('practices.title')}</Link>
      </p>
      <header className="practice-page__header">
        <h1>{practice.title}</h1>
        <HarmWarning rating={practice.evidenceRating} />
        <CurationBadge practice={practice} />
        <p className="lead">{practice.summary}</p>
        <ul className="meta-list">
          <li>{practice.organisation}</li>
          {practice.author ? <li>{t('practices.page.by', { name: practice.author.displayName })}</li> : null}
          {practice.publishedAt ? (
            <li>{t('practices.page.published', { date: formatDate(practice.publishedAt) })}</li>
          ) : null}
          <li>{t('practices.page.revision', { number: practice.revision })}</li>
        </ul>
      </header>

      {!isPublished(practice) && practice.curationLabel !== 'archived' ? (
        <div className="alert alert--info">
          <p>{t('practices.page.notPublishedNote')}</p>
        </div>
      ) : null}
      {practice.curationLabel === 'archived' ? (
        <div className="alert alert--info">
          <p>{t('practices.page.archivedNote')}</p>
        </div>
      ) : null}
      {practice.archiveProposed ? (
        <div className="alert alert--info">
          <p>{t('practices.page.archiveProposedNote')}</p>
        </div>
      ) : null}

      {isAuthor ? <AuthorPanel practice={practice} /> : null}
      {practice.canReview ? <ReviewPanel practice={practice} /> : null}

      <nav className="in-page-nav" aria-label={t('practices.page.sectionsLabel')}>
        <ul>
          <li>
            <a href="#evidence">{t('evidence.title')}</a>
          </li>
          {isPublished(practice) || practice.curationLabel === 'archived' ? (
            <li>
              <a href="#rating-inquiries">{t('ratings.section.title')}</a>
            </li>
          ) : null}
          <li>
            <a href="#description">{t('practices.page.description')}</a>
          </li>
          <li>
            <a href="#evaluations">{t('practices.evaluations.title')}</a>
          </li>
          <li>
            <a href="#feedback">{t('practices.feedback.title')}</a>
          </li>
          <li>
            <a href="#resources">{t('practices.page.relatedTitle')}</a>
          </li>
          <li>
            <a href="#revisions">{t('practices.revisions.title')}</a>
          </li>
          {followsCuration ? (
            <li>
              <a href="#history">{t('practices.history.title')}</a>
            </li>
          ) : null}
        </ul>
      </nav>

      <EvidencePanel rating={practice.evidenceRating} evaluations={practice.evaluations} />
      <RatingGovernance practice={practice} />

      <section className="section" aria-labelledby="completeness-title">
        <h2 id="completeness-title">{t('evidence.completeness.title')}</h2>
        <p className="muted">{t('evidence.completeness.intro')}</p>
        <CompletenessBadges completeness={practice.completeness} />
      </section>

      <PracticeDetails practice={practice} />

      <section className="section" id="evaluations" aria-labelledby="evaluations-title">
        <h2 id="evaluations-title">{t('practices.evaluations.title')}</h2>
        <p className="muted">{t('practices.evaluations.intro')}</p>
        {practice.evaluations.length === 0 ? (
          <p>
            {t('practices.evaluations.empty')}
            {practice.canEvaluate ? ` ${t('practices.evaluations.emptyResearcher')}` : ''}
          </p>
        ) : (
          <EvaluationList practiceId={practice.id} evaluations={practice.evaluations} />
        )}
        {practice.canEvaluate ? (
          <section className="card" aria-labelledby="add-evaluation-title">
            <h3 id="add-evaluation-title" className="card__title">
              {t('practices.evaluations.add')}
            </h3>
            <p className="muted">{t('practices.evaluations.addIntro')}</p>
            <EvaluationForm practiceId={practice.id} idPrefix="new-evaluation" />
          </section>
        ) : null}
      </section>

      <FeedbackSection practice={practice} />
      <RelatedResources resources={practice.relatedResources} />
      {isPublished(practice) ? <CitationBox facts={citationFacts(practice, window.location.origin)} /> : null}

      {/* Published revisions are for every reader; the author and curators also see those in curation. */}
      <RevisionCompare practiceId={practice.id} />
      {followsCuration ? <HistoryList practiceId={practice.id} /> : null}
    </div>
  );
}
