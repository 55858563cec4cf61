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
import { alertController, modalController, type AlertOptions } from '@ionic/core/components';
import { defineCustomElement as defineAlert } from '@ionic/core/components/ion-alert.js';
import { defineCustomElement as defineModal } from '@ionic/core/components/ion-modal.js';
import { IonItem as IonItemElement, defineCustomElement as defineItem } from '@ionic/core/components/ion-item.js';
import { IonList as IonListElement, defineCustomElement as defineList } from '@ionic/core/components/ion-list.js';
import { IonRadioGroup as IonRadioGroupElement, defineCustomElement as defineRadioGroup } from '@ionic/core/components/ion-radio-group.js';
import { IonRadio as IonRadioElement, defineCustomElement as defineRadio } from '@ionic/core/components/ion-radio.js';
import { IonRefresherContent as IonRefresherContentElement, defineCustomElement as defineRefresherContent } from '@ionic/core/components/ion-refresher-content.js';
import { IonRefresher as IonRefresherElement, defineCustomElement as defineRefresher } from '@ionic/core/components/ion-refresher.js';
import { createComponent } from '@stencil/react-output-target/runtime';
import React, { useCallback, useEffect, useRef, useState, type ComponentProps, type MouseEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

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

export interface ModalProps {
  isOpen: boolean;
  /** After the modal has gone, whoever closed it (the resident by Escape, the back button or the backdrop, or `isOpen`). */
  onDidDismiss: () => void;
  /** The dialog's name (Ionic puts it on the dialog inside its shadow root). */
  'aria-label': string;
  children: ReactNode;
}

/**
 * Ionic's modal, presented through its controller with the children rendered into it through a portal (so they
 * keep the app's React context). @ionic/react's `IonModal` has no public building block, and importing it kept
 * the modal's code (11.6 kB gzip) in the start page, which opens none. Ionic's overlay does what it did: focus
 * held inside, Escape and the back button close it, focus goes back to where it was.
 */
export function IonModal({ isOpen, onDidDismiss, 'aria-label': label, children }: ModalProps) {
  const [shown, setShown] = useState<{ modal: HTMLIonModalElement; host: HTMLElement }>();
  const dismissed = useRef(onDidDismiss);
  // Which opening is the latest: a modal that finishes leaving after the resident opened it again must neither
  // take the new one's content nor report a dismissal that would close the new one.
  const openings = useRef(0);
  useEffect(() => {
    dismissed.current = onDidDismiss;
  }, [onDidDismiss]);
  useEffect(() => {
    if (!isOpen) return;
    const opening = ++openings.current;
    let live = true;
    let created: HTMLIonModalElement | undefined;
    defineModal();
    // The element Ionic attaches as the modal's page; React renders the content into it.
    const host = document.createElement('div');
    void modalController.create({ component: host, htmlAttributes: { 'aria-label': label } }).then((modal) => {
      created = modal;
      if (!live) {
        modal.remove();
        return;
      }
      modal.addEventListener('didDismiss', () => {
        setShown((current) => (current?.modal === modal ? undefined : current));
        if (openings.current === opening) dismissed.current();
      });
      setShown({ modal, host });
    });
    return () => {
      live = false;
      // Closed from outside: the content stays through Ionic's leaving animation, until didDismiss.
      if (created) void created.dismiss().then((wasPresented) => !wasPresented && created?.remove());
    };
  }, [isOpen, label]);
  // Presented once its content is in the page, so it animates in with it.
  useEffect(() => {
    if (shown) void shown.modal.present();
  }, [shown]);
  return shown ? createPortal(children, shown.host) : null;
}

