/**
 * Portuguese (Brazil) copy, the default language. Its shape is the {@link Messages} type that
 * every other language must match key for key, so a missing or extra key fails the typecheck.
 * Texts that take values are functions, so a translation can reorder or inflect them.
 */
export const ptBR = {
  common: {
    errorPrefix: 'Erro:',
    optional: 'opcional',
    close: 'Fechar',
    cancel: 'Cancelar',
    retry: 'Tentar de novo',
    continue: 'Continuar',
    loading: 'Carregando…',
    loadFailed: 'Não conseguimos carregar seus dados.',
    errors: {
      already_registered: 'Já existe um cadastro com este CPF ou CNPJ.',
      invalid_input: 'Alguns dados não foram aceitos. Confira e envie de novo.',
      conflict: 'Esta ação não pode ser feita agora. Atualize a página e tente de novo.',
      session_expired: 'Sua sessão expirou. Atualize a página para continuar.',
      forbidden: 'Você não tem permissão para fazer isso.',
      not_found: 'Não encontramos este cadastro.',
      too_large: 'O arquivo é maior do que o permitido.',
      unsupported_file: 'Este tipo de arquivo não é aceito.',
      rate_limited: 'Muitas tentativas em pouco tempo. Aguarde um instante e tente de novo.',
      offline: 'Sem conexão com o servidor. Verifique sua internet e tente de novo.',
      cancelled: 'A operação foi cancelada.',
      server: 'Nosso servidor teve um problema. Tente de novo em instantes.',
      unknown: 'Algo deu errado. Tente de novo em instantes.',
    },
    supportCode: (requestId: string) => `Código para o suporte: ${requestId}`,
  },

  registration: {
    title: 'Faça seu cadastro',
    description: 'Precisamos de alguns dados para analisar seu crédito. Leva menos de 2 minutos.',
    personSection: 'Seus dados',
    companySection: 'Sua empresa',
    fields: {
      cpf: {
        label: 'CPF',
        hint: 'Do responsável pela empresa.',
        errors: {
          required: 'Informe seu CPF.',
          invalid_characters: 'O CPF tem só números.',
          invalid_length: 'O CPF tem 11 números. Confira se faltou algum.',
          repeated_digits: 'Este CPF não é válido. Confira os números.',
          invalid_check_digits: 'Este CPF não é válido. Confira os números.',
          invalid: 'Confira o CPF informado.',
        },
      },
      name: {
        label: 'Nome completo',
        hint: 'Como está no seu documento.',
        errors: {
          required: 'Informe seu nome completo.',
          too_short: 'Escreva o nome e o sobrenome.',
          invalid: 'Confira o nome informado.',
        },
      },
      email: {
        label: 'E-mail',
        hint: 'Para avisos sobre sua análise e seu crédito.',
        errors: {
          required: 'Informe seu e-mail.',
          invalid: 'Informe um e-mail no formato nome@exemplo.com.br.',
        },
      },
      phone: {
        label: 'Celular',
        hint: 'Com DDD.',
        countryCode: '+55',
        errors: {
          required: 'Informe seu celular com DDD.',
          invalid_characters: 'Use só números no celular.',
          invalid_length: 'O celular tem DDD e 9 números, como (11) 98765-4321.',
          invalid_ddd: 'Este DDD não existe. Confira os dois primeiros números.',
          invalid_mobile_prefix: 'O número do celular começa com 9 depois do DDD.',
          landline: 'Informe um celular, não um telefone fixo.',
          invalid_country_code: 'Informe um celular do Brasil.',
          invalid: 'Confira o celular informado.',
        },
      },
      cnpj: {
        label: 'CNPJ',
        hint: 'Pode ter letras e números.',
        errors: {
          required: 'Informe o CNPJ da empresa.',
          invalid_characters: 'O CNPJ tem só letras e números, e termina com 2 números.',
          invalid_length: 'O CNPJ tem 14 caracteres. Confira se faltou algum.',
          repeated_digits: 'Este CNPJ não é válido. Confira os caracteres.',
          invalid_check_digits: 'Este CNPJ não é válido. Confira os caracteres.',
          invalid: 'Confira o CNPJ informado.',
        },
      },
      tradingName: {
        label: 'Nome fantasia',
        hint: 'Como seus clientes conhecem a empresa.',
        errors: {
          required: 'Informe o nome fantasia.',
          invalid: 'Confira o nome fantasia informado.',
        },
      },
    },
    submit: 'Continuar',
    submitting: 'Enviando…',
    summaryTitle: (count: number) =>
      count === 1 ? 'Corrija 1 campo para continuar:' : `Corrija ${count} campos para continuar:`,
    alreadyRegistered: {
      title: 'Este CPF ou CNPJ já tem cadastro',
      body: 'Se o cadastro é seu, entre pela conta em que você o fez ou fale com o suporte.',
    },
    failedTitle: 'Não foi possível enviar seu cadastro',
    done: 'Cadastro recebido.',
    companyHint: 'Se você tem MEI ou outra empresa, informe o CNPJ.',
    invalidServerValue: 'Este dado não foi aceito. Confira e envie de novo.',
  },

  kyc: {
    title: 'Documentos e verificação',
    description: 'Envie os itens abaixo. Assim que todos chegarem, começamos a análise.',
    progress: (done: number, total: number) => `${done} de ${total} enviados`,
    progressLabel: 'Itens enviados',
    empty: 'Nenhum documento pendente.',
    status: {
      pending: 'Pendente',
      submitted: 'Enviado',
      approved: 'Aprovado',
      rejected: 'Recusado',
      pending_correction: 'Correção solicitada',
    },
    reviewerMessage: 'Motivo',
    uploadedAt: (when: string) => `Enviado em ${when}`,
    items: {
      ccmei: {
        title: 'Certificado MEI (CCMEI)',
        hint: 'Baixe em gov.br/mei e envie o PDF, ou uma foto nítida (JPG ou PNG).',
      },
      cnh: { title: 'CNH', hint: 'Foto nítida da frente, ou o PDF da CNH digital.' },
      selfie: {
        title: 'Selfie',
        hint: 'Uma foto do seu rosto, enviada como arquivo, sem óculos escuros ou boné.',
      },
      biometrics: {
        title: 'Biometria facial',
        hint: 'Outra etapa, além da selfie: uma verificação ao vivo pela câmera que confirma que é você. Leva menos de 1 minuto.',
      },
      identity_card_front: { title: 'RG (frente)', hint: 'Foto nítida da frente do documento.' },
      identity_card_back: { title: 'RG (verso)', hint: 'Foto nítida do verso do documento.' },
      proof_of_address: { title: 'Comprovante de endereço', hint: 'Emitido nos últimos 3 meses.' },
      email: { title: 'E-mail', hint: 'Corrija seu e-mail.' },
      phone: { title: 'Celular', hint: 'Corrija seu celular.' },
      name: { title: 'Nome completo', hint: 'Corrija seu nome.' },
      trading_name: { title: 'Nome fantasia', hint: 'Corrija o nome fantasia.' },
      cnpj: { title: 'CNPJ', hint: 'Corrija o CNPJ.' },
    } as Record<string, { title: string; hint: string } | undefined>,
    actions: {
      upload: 'Enviar arquivo',
      replace: 'Enviar outro arquivo',
      correct: 'Corrigir',
      startBiometrics: 'Fazer biometria',
    },
    correction: {
      label: (field: string) => `${field} correto`,
      submit: 'Enviar correção',
      submitting: 'Enviando…',
      sent: 'Correção enviada.',
    },
    allSent: 'Tudo enviado. Estamos começando a análise.',
  },

  upload: {
    dropzone: 'Arraste o arquivo até aqui ou',
    choose: 'escolha um arquivo',
    chooseButton: 'Escolher arquivo',
    takePhoto: 'Tirar foto',
    accepted: 'PDF, JPG ou PNG, até 10 MB.',
    inputLabel: (document: string) => `(${document})`,
    cameraLabel: (document: string) => `(${document})`,
    dropHere: 'Solte o arquivo para enviar',
    errors: {
      type: (name: string) => `“${name}” não é PDF, JPG ou PNG. Escolha outro arquivo.`,
      size: (name: string, size: string) => `“${name}” tem ${size}. O limite é 10 MB.`,
      empty: (name: string) => `“${name}” está vazio. Escolha outro arquivo.`,
      many: 'Envie um arquivo por vez.',
    },
    uploading: (name: string) => `Enviando “${name}”`,
    progressLabel: 'Progresso do envio',
    progressValue: (percent: number) => `${percent}% enviado`,
    cancel: 'Cancelar envio',
    cancelled: 'Envio cancelado.',
    failed: (name: string) => `Não foi possível enviar “${name}”.`,
    success: (name: string) => `“${name}” enviado.`,
    sent: 'Enviado',
    replace: 'Trocar arquivo',
    retry: 'Tentar de novo',
    megabytes: (value: string) => `${value} MB`,
    kilobytes: (value: string) => `${value} KB`,
    imageProblems: {
      small: (name: string) =>
        `“${name}” é pequena demais para ler os dados. Tire a foto mais de perto, com o documento ocupando a tela.`,
      dark: (name: string) => `“${name}” está escura demais. Tire outra foto num lugar com mais luz.`,
      blurry: (name: string) =>
        `“${name}” parece tremida ou fora de foco. Apoie o celular, espere focar e tire outra foto.`,
    },
    sendAnyway: 'Enviar mesmo assim',
    guideGood: 'Assim',
    guideBad: 'Evite',
    guidance: {
      cnh: {
        framing: 'Abra a CNH e fotografe a frente inteira, de cima, sobre uma superfície lisa.',
        good: 'os quatro cantos aparecem e o texto se lê.',
        bad: 'documento cortado, reflexo do flash ou dedos na frente.',
      },
      selfie: {
        framing: 'Rosto de frente, no centro da foto, com a luz vindo de frente.',
        good: 'rosto inteiro, olhos abertos, fundo liso.',
        bad: 'óculos escuros, boné, contra a luz ou de lado.',
      },
      ccmei: {
        framing: 'Prefira o PDF baixado do gov.br/mei. Se for foto, pegue a página inteira.',
        good: 'a página inteira, com o CNPJ legível.',
        bad: 'só um pedaço da página ou uma captura de tela cortada.',
      },
    } as Record<string, { framing: string; good: string; bad: string } | undefined>,
  },

  biometrics: {
    start: 'Fazer biometria',
    title: 'Biometria facial',
    description: 'Vamos tirar uma foto do seu rosto para confirmar que é você.',
    preparing: 'Preparando sua sessão…',
    qrTitle: 'Continue no celular',
    qrSteps: [
      'Abra a câmera do celular.',
      'Aponte para o código ao lado.',
      'Toque no link e siga as instruções.',
    ] as readonly string[],
    qrLabel: 'Código QR para abrir a biometria no celular',
    waiting: 'Aguardando seu celular…',
    waitingDetail: 'Esta tela avança sozinha quando você terminar.',
    thisDevice: 'Continuar por aqui',
    thisDeviceHint: 'Se este computador ou tablet tiver câmera.',
    frameTitle: 'Captura da biometria facial',
    done: 'Biometria recebida',
    doneDetail: 'Tudo certo. Pode continuar.',
    expired: 'O código expirou.',
    renew: 'Gerar novo código',
    failed: 'Não foi possível iniciar a biometria.',
    elsewhereTitle: 'Biometria já iniciada',
    alreadyActive:
      'Termine no celular ou na tela onde você começou: esta tela avança sozinha quando você concluir. Se fechou aquela tela, tente de novo em alguns minutos.',
    expiresAt: (time: string) => `Válido até ${time}.`,
  },

  review: {
    title: 'Estamos analisando seu cadastro',
    body: 'Costuma levar poucos minutos. Esta página se atualiza sozinha.',
    checking: 'Análise em andamento',
    activeTitle: 'Cadastro aprovado',
    activeBody:
      'Tudo certo com seus documentos. O próximo passo é a sua oferta de crédito, que fica pronta em instantes.',
    correctionTitle: 'Precisamos de um ajuste',
    correctionBody: 'Um dos itens precisa ser corrigido antes de continuar.',
  },

  onboarding: {
    label: 'Cadastro para crédito',
    steps: {
      register: 'Cadastro',
      documents: 'Documentos',
      review: 'Análise',
      done: 'Pronto',
    },
    stepOf: (current: number, total: number) => `Etapa ${current} de ${total}`,
    completed: 'concluída',
    current: 'atual',
  },
};

/** Every text of the UI, keyed by component; `ptBR` defines the shape. */
export type Messages = typeof ptBR;
