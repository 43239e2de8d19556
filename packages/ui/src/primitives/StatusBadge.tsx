import type { KycItemStatus } from '@dinie-embed/api';
import { useMessages } from '../theme/ThemeContext.ts';
import { AlertIcon, CheckIcon, ClockIcon, PencilIcon } from './icons.tsx';

const ICONS = {
  pending: ClockIcon,
  submitted: ClockIcon,
  approved: CheckIcon,
  rejected: AlertIcon,
  pending_correction: PencilIcon,
} as const;

/** The state of a KYC item as a coloured label with an icon, so colour is never the only cue. */
export function StatusBadge({ status }: { status: KycItemStatus }) {
  const messages = useMessages();
  const Icon = ICONS[status] ?? ClockIcon;
  return (
    <span className="dinie-badge" data-state={status}>
      <Icon />
      {messages.kyc.status[status] ?? status}
    </span>
  );
}
