/* eslint-disable @next/next/no-img-element -- receive codes are author-supplied images from any host; no optimizer is configured */
import type { TipSettings } from '@/lib/content';
import type { TipMethod } from '@/lib/db/tips';
import { tipText } from '@/lib/strings/tip';
import { fillAmount, formatYuan, TIP_PRESETS } from '@/lib/tip-input';

/** The ways `settings` offers, in the order the form lists them. */
export function tipMethodsOf(settings: TipSettings): TipMethod[] {
  return [settings.wechat && 'wechat', settings.alipay && 'alipay', settings.links.length > 0 && 'link'].filter((m): m is TipMethod => !!m);
}

const presetYuan = TIP_PRESETS.map((yuan) => formatYuan(yuan * 100));
const linkClass = 'font-medium text-accent-strong underline-offset-2 hover:underline dark:text-orange-300';

/**
 * How to pay: receive-code images to scan and payment links. With `selected`, only that method is
 * shown, except without JavaScript, where nothing could switch it, so all are. Links carry `amount`
 * (yuan) when one is chosen; before that, or without JavaScript, one link per preset amount.
 */
export function TipMethods({ authorName, settings, amount, selected }: { authorName: string; settings: TipSettings; amount?: string; selected?: TipMethod }) {
  const panelClass = (method: TipMethod) =>
    `${selected !== undefined && selected !== method ? 'hidden [@media(scripting:none)]:flex' : 'flex'} flex-col items-center gap-2 text-center`;
  const code = (method: 'wechat' | 'alipay', src: string) => (
    <figure key={method} className={panelClass(method)}>
      {/* 260 CSS pixels keeps the code itself above 200 px, which phone cameras read from a screen. */}
      <img src={src} alt={tipText.code[method](authorName)} width={260} className="h-auto w-[260px] max-w-full rounded-lg" loading="lazy" />
      <figcaption className="text-sm text-stone-600 dark:text-stone-300">
        {tipText.scan[method]} · {tipText.scanAmount(amount)}
      </figcaption>
    </figure>
  );
  return (
    <div className="flex flex-col gap-4">
      {settings.wechat && code('wechat', settings.wechat)}
      {settings.alipay && code('alipay', settings.alipay)}
      {settings.links.length > 0 && (
        <ul className={panelClass('link')}>
          {settings.links.map((link) => (
            <li key={link.url}>
              {amount ? (
                <a href={fillAmount(link.url, amount)} target="_blank" rel="noopener noreferrer" className={linkClass}>
                  {tipText.payLink(link.label, amount)}
                  <span className="sr-only">{tipText.newTab}</span>
                </a>
              ) : (
                <p className="flex flex-wrap items-baseline justify-center gap-x-3 gap-y-1">
                  <span>{tipText.payLinkAmounts(link.label)}</span>
                  {presetYuan.map((yuan) => (
                    <a key={yuan} href={fillAmount(link.url, yuan)} target="_blank" rel="noopener noreferrer" className={linkClass}>
                      {tipText.yuan(yuan)}
                      <span className="sr-only">{tipText.newTab}</span>
                    </a>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
