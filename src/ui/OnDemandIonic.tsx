/*
 * Ionic components that only screens loaded on demand use, made here instead of imported from @ionic/react.
 *
 * @ionic/react is one module: the bundler keeps every component any screen imports from it and puts the whole
 * module where the start page needs it, so a refresher, a modal's list or an alert used on another tab was part
 * of the start page's JavaScript (and defined its element class before the first render). Made from the same
 * parts Ionic's own wrappers use (@stencil/react-output-target's createComponent over @ionic/core's custom
 * elements), these load with the screens that render them. The start page keeps importing from @ionic/react.
 */
import { useIonRouter, type IonItem as IonItemProxy, type IonList as IonListProxy, type IonRadio as IonRadioProxy, type IonRadioGroup as IonRadioGroupProxy, type IonRefresher as IonRefresherProxy, type IonRefresherContent as IonRefresherContentProxy } from '@ionic/react';
import { alertController, type AlertOptions } from '@ionic/core/components';
import { defineCustomElement as defineAlert } from '@ionic/core/components/ion-alert.js';
import { IonItem as IonItemElement, defineCustomElement as defineItem } from '@ionic/core/components/ion-item.js';
import { IonList as IonListElement, defineCustomElement as defineList } from '@ionic/core/components/ion-list.js';
import { IonRadioGroup as IonRadioGroupElement, defineCustomElement as defineRadioGroup } from '@ionic/core/components/ion-radio-group.js';
import { IonRadio as IonRadioElement, defineCustomElement as defineRadio } from '@ionic/core/components/ion-radio.js';
import { IonRefresherContent as IonRefresherContentElement, defineCustomElement as defineRefresherContent } from '@ionic/core/components/ion-refresher-content.js';
import { IonRefresher as IonRefresherElement, defineCustomElement as defineRefresher } from '@ionic/core/components/ion-refresher.js';
import { createComponent } from '@stencil/react-output-target/runtime';
import React, { useCallback, type ComponentProps, type MouseEvent } from 'react';

type ItemProps = Omit<ComponentProps<typeof IonItemProxy>, 'routerLink' | 'routerDirection' | 'routerOptions'>;

/**
 * One Ionic element as a React component, typed like @ionic/react's own wrapper `T` (`events` maps React's
 * `onIon…` props to the element's event names, as there).
 */
function wrap<T>(tagName: string, elementClass: { new (): HTMLElement }, defineCustomElement: () => void, events: Record<string, string> = {}): T {
  return createComponent({ tagName, elementClass, react: React, events, defineCustomElement }) as unknown as T;
}

const PlainItem = wrap<React.FC<ItemProps>>('ion-item', IonItemElement, defineItem);
export const IonList = wrap<typeof IonListProxy>('ion-list', IonListElement, defineList);
export const IonRadioGroup = wrap<typeof IonRadioGroupProxy>('ion-radio-group', IonRadioGroupElement, defineRadioGroup, {
  onIonChange: 'ionChange',
});
export const IonRadio = wrap<typeof IonRadioProxy>('ion-radio', IonRadioElement, defineRadio, { onIonFocus: 'ionFocus', onIonBlur: 'ionBlur' });
export const IonRefresher = wrap<typeof IonRefresherProxy>('ion-refresher', IonRefresherElement, defineRefresher, {
  onIonRefresh: 'ionRefresh',
  onIonPull: 'ionPull',
  onIonStart: 'ionStart',
});
export const IonRefresherContent = wrap<typeof IonRefresherContentProxy>('ion-refresher-content', IonRefresherContentElement, defineRefresherContent);

/** An item; with `routerLink` it is a link (an `<a href>` for the screen reader) that navigates in the app. */
export function IonItem({ routerLink, onClick, ...props }: ItemProps & { routerLink?: string }) {
  const router = useIonRouter();
  const navigate = useCallback(
    (event: MouseEvent<HTMLIonItemElement>) => {
      onClick?.(event);
      if (!routerLink || event.defaultPrevented || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      router.push(routerLink);
    },
    [onClick, routerLink, router],
  );
  return routerLink ? <PlainItem {...props} href={routerLink} onClick={navigate} /> : <PlainItem {...props} onClick={onClick} />;
}

/** Ionic's alert, presented through its controller (what useIonAlert does), with the alert's code here. */
export function useAlert(): (options: AlertOptions) => Promise<void> {
  return useCallback(async (options: AlertOptions) => {
    defineAlert();
    const alert = await alertController.create(options);
    await alert.present();
  }, []);
}
