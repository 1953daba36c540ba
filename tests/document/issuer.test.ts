import { describe, expect, it } from 'vitest';
import { detectIssuer } from '../../src/document/issuer.js';

describe('detectIssuer', () => {
  it('splits a title into issuer and genre', () => {
    expect(detectIssuer('市委组织部党组2025年度政治生态分析研判报告', '')).toEqual({
      issuer: '市委组织部党组',
      issuerSource: 'title',
      genre: '政治生态分析研判报告',
      genreSource: 'title',
    });
    expect(detectIssuer('县委组织部2025年工作总结', '')).toMatchObject({ issuer: '县委组织部', genre: '工作总结' });
    expect(detectIssuer('2024年广东省政府工作报告', '')).toMatchObject({
      issuer: '广东省人民政府',
      genre: '政府工作报告',
    });
    expect(detectIssuer('2024年北京政府工作报告', '').issuer).toBe('北京市人民政府');
  });

  it('reads the issuer of a Government Work Report from its first lines', () => {
    const state = detectIssuer(null, '各位代表：\n\n现在，我代表国务院，向大会报告政府工作，请予审议。');
    expect(state).toEqual({ issuer: '国务院', issuerSource: 'text', genre: '政府工作报告', genreSource: 'text' });
    expect(detectIssuer(null, '各位代表：现在，我受国务院的委托，向全国人民代表大会报告政府工作').issuer).toBe(
      '国务院',
    );
    expect(detectIssuer(null, '各位代表：\n现在，我代表广东省人民政府，向大会报告政府工作').issuer).toBe(
      '广东省人民政府',
    );
  });

  it('recognizes Party Congress reports and speeches', () => {
    expect(detectIssuer(null, '——在中国共产党第二十次全国代表大会上的报告\n同志们：')).toMatchObject({
      issuer: '中国共产党全国代表大会',
      genre: '党代会报告',
    });
    expect(detectIssuer(null, '同志们：\n我受十二届中央委员会委托，向大会作报告。').genre).toBe('党代会报告');
    expect(detectIssuer(null, '在全市组织工作会议上的讲话\n同志们：')).toEqual({
      issuer: null,
      issuerSource: null,
      genre: '讲话',
      genreSource: 'text',
    });
  });

  it('prefers the title, and says nothing when nothing is found', () => {
    expect(detectIssuer('县委2025年度政治生态分析研判报告', '我代表国务院，向大会报告政府工作').issuer).toBe('县委');
    expect(detectIssuer('关于加强基层党建的几点思考', '同志们：今天我们开会。')).toEqual({
      issuer: null,
      issuerSource: null,
      genre: null,
      genreSource: null,
    });
    // Only the beginning is read: a phrase deep in the body says nothing about who wrote the report.
    expect(detectIssuer(null, `${'经济运行稳中有进。'.repeat(100)}我代表国务院，向大会报告政府工作`).issuer).toBeNull();
  });
});
