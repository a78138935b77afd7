import { useId } from 'react';
import { cx } from './cx';

/**
 * Credits as the studio writes them: up to six decimals, because the engine and the APIs' price rules
 * round to 1e-6 — fewer would make a balance seem to drop by a different figure than the cost shown.
 */
export function formatCredits(credits: number): string {
  return `${credits.toLocaleString('en-US', { maximumFractionDigits: 6 })} credits`;
}

export interface CostEstimateProps {
  /** What the request (or the whole job) costs by its API's price rule. */
  credits: number;
  /** Credits left, when the API has a balance and it has been read. */
  balance?: number;
  className?: string;
}

/**
 * "Estimated cost" (an `output`, named by its visible label) and, when known, the "Balance". A cost over
 * the balance is allowed — the host decides — but marked, visibly and as the estimate's description.
 */
export function CostEstimate({ credits, balance, className }: CostEstimateProps) {
  const ids = { cost: useId(), balance: useId(), over: useId() };
  const over = balance !== undefined && credits > balance;
  return (
    <div className={cx('flex flex-col gap-0.5 text-[11px] text-paper-500', className)}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <span>
          <label htmlFor={ids.cost}>Estimated cost</label>{' '}
          <output
            id={ids.cost}
            aria-describedby={over ? ids.over : undefined}
            className={cx('tabular-nums', over ? 'font-semibold text-warn-400' : 'text-paper-300')}
          >
            {formatCredits(credits)}
          </output>
        </span>
        {balance !== undefined && (
          <span>
            <label htmlFor={ids.balance}>Balance</label>{' '}
            <output id={ids.balance} className="text-paper-300 tabular-nums">
              {formatCredits(balance)}
            </output>
          </span>
        )}
      </div>
      {over && (
        <p id={ids.over} className="text-warn-400">
          More than your balance: the host may refuse it.
        </p>
      )}
    </div>
  );
}
